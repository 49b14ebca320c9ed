/**
 * The controlled vocabulary of topics (主题), its admin pages, and topic suggestions from a
 * report's text.
 */
package org.fazhi.topic;
