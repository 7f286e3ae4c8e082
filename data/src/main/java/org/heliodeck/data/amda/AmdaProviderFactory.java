package org.heliodeck.data.amda;

import org.heliodeck.data.WebServiceFactory;
import org.heliodeck.data.inventory.AmdaTreeReader;

/** AMDA's REST service. */
public final class AmdaProviderFactory extends WebServiceFactory {

    public AmdaProviderFactory() {
        super(AmdaTreeReader.PROVIDER, AmdaProvider.DEFAULT_BASE, AmdaProvider::new);
    }
}
