/**
 * The county reviewer's side: the queue of submitted reports and the decisions to return
 * or publish them.
 */
package org.fazhi.review;
