/**
 * Fazhi, the rule-of-law annual report service; each subpackage is one feature.
 */
package org.fazhi;
