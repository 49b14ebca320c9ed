/**
 * Demo agencies, accounts and published reports for the embedded default installation.
 */
package org.fazhi.demo;
