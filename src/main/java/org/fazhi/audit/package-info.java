/**
 * The append-only audit trail of every save and every workflow transition.
 */
package org.fazhi.audit;
