/**
 * Cross-feature security tests: stored content rendered inert, and who may reach what.
 */
package org.fazhi.security;
