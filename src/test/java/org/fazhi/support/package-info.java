/**
 * Test support: the PostgreSQL test database, fixtures and request helpers.
 */
package org.fazhi.support;
