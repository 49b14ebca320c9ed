/**
 * The tree of government agencies (province, city, county, township) and who oversees
 * whom.
 */
package org.fazhi.agency;
