/**
 * Cross-cutting set-up: security, time, sign-in pages and error handling.
 */
package org.fazhi.system;
