/**
 * Learning from catalogs in the application: the Learn window trains a detector on a catalog of the
 * store, scans ranges with it (the score as a panel, suggestions as hatched zones on every panel),
 * and reviews the suggestions into a catalog with one key each.
 */
package org.heliodeck.app.learn;
