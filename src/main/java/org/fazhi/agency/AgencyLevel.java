package org.fazhi.agency;

/**
 * Administrative level of an agency; 乡, 镇 and 街道 are all township level.
 */
public enum AgencyLevel {

	PROVINCE, CITY, COUNTY, TOWNSHIP

}
