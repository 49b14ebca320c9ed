/**
 * Operations tests: health, metrics, request ids, the audit file, database outages.
 */
package org.fazhi.operations;
