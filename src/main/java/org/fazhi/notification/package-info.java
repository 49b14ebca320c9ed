/**
 * In-app notifications: who hears about submissions, returns, remarks, publications and
 * approaching deadlines, and each user's inbox.
 */
package org.fazhi.notification;
