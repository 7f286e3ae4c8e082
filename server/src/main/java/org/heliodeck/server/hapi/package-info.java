/** A HAPI 3.3 server over any data provider. */
package org.heliodeck.server.hapi;
