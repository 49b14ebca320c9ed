/**
 * The admin's home: what across the service needs attention, and the way to every admin
 * tool.
 */
package org.fazhi.admin;
