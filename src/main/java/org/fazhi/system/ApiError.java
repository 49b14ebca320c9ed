package org.fazhi.system;

/**
 * The body of every JSON API error.
 *
 * @param error a stable code for programs
 * @param message a sentence for people, in Chinese
 */
public record ApiError(String error, String message) {
}
