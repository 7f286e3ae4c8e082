package org.heliodeck.data.csa;

import org.heliodeck.data.WebServiceFactory;

/** ESA's Cluster Science Archive (TAP inventory, CDF data). */
public final class CsaProviderFactory extends WebServiceFactory {

    public CsaProviderFactory() {
        super(CsaProvider.NAME, CsaProvider.DEFAULT_BASE, CsaProvider::new);
    }
}
