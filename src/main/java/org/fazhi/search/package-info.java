/**
 * Full-text search over published reports: the Lucene index, the outbox that feeds it
 * after commit, and the public search page.
 */
package org.fazhi.search;
