/**
 * Reports and their editions: the domain model, the one workflow table and the policy
 * saying who may act on them.
 */
package org.fazhi.report;
