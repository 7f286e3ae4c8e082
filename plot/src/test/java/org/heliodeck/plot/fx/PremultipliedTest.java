package org.heliodeck.plot.fx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PremultipliedTest {

    @Test
    void everyChannelAndAlphaRoundsLikeTheExactProduct() {
        int[] straight = new int[256 * 256];
        for (int alpha = 0; alpha < 256; alpha++) {
            for (int channel = 0; channel < 256; channel++) {
                straight[alpha * 256 + channel] = alpha << 24 | channel << 16 | (255 - channel) << 8 | channel;
            }
        }
        int[] premultiplied = new int[straight.length];

        Premultiplied.convert(straight, premultiplied, straight.length);

        for (int alpha = 0; alpha < 256; alpha++) {
            for (int channel = 0; channel < 256; channel++) {
                int expected = alpha << 24 | scaled(channel, alpha) << 16 | scaled(255 - channel, alpha) << 8 | scaled(channel, alpha);
                assertThat(premultiplied[alpha * 256 + channel]).as("channel %d alpha %d", channel, alpha).isEqualTo(expected);
            }
        }
    }

    private static int scaled(int channel, int alpha) {
        return (int) Math.round(channel * alpha / 255.0);
    }
}
