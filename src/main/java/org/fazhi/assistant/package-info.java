/**
 * The review assistant: reads a report against the regulation and the county's other
 * reports (secrecy, fixed formulations, required contents, copying, last year's promises)
 * and scores it, for the clerk before submitting and the reviewer before deciding.
 */
package org.fazhi.assistant;
