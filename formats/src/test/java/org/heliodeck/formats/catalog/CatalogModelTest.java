package org.heliodeck.formats.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.heliodeck.core.time.Tt2000;
import org.junit.jupiter.api.Test;

class CatalogModelTest {

    private static final UUID ID = UUID.fromString("0b9c4a1e-5f6d-4c3b-9a8e-7f6e5d4c3b2a");
    private static final long T0 = Tt2000.parse("2010-04-05T12:00Z");
    private static final long T1 = Tt2000.parse("2010-04-06T12:00Z");

    @Test
    void startAfterStopIsRefusedNamingTheEventAndBothTimes() {
        assertThatThrownBy(() -> EventRecord.builder(ID, T1, T0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event " + ID + ": start 2010-04-06T12:00:00Z is after stop 2010-04-05T12:00:00Z");
    }

    @Test
    void anEmptyIntervalIsAnEvent() {
        assertThat(EventRecord.builder(ID, T0, T0).build().stop()).isEqualTo(T0);
    }

    @Test
    void attributeNamesFollowTscatsRule() {
        assertThatThrownBy(() -> EventRecord.builder(ID, T0, T1).attribute("2fast", AttributeValue.integer(1)).build())
                .hasMessageContaining("event " + ID).hasMessageContaining("'2fast'");
        assertThatThrownBy(() -> EventRecord.builder(ID, T0, T1).attribute("with space", AttributeValue.integer(1)).build())
                .hasMessageContaining("'with space'");
        assertThatThrownBy(() -> EventRecord.builder(ID, T0, T1).attribute("rating", AttributeValue.integer(1)).build())
                .hasMessageContaining("'rating' is a field");
        assertThat(EventRecord.builder(ID, T0, T1).attribute("B_max2", AttributeValue.real(3)).build().attributes())
                .containsEntry("B_max2", AttributeValue.real(3));
    }

    @Test
    void ratingIsOneToTen() {
        assertThatThrownBy(() -> EventRecord.builder(ID, T0, T1).rating(OptionalInt.of(11)).build())
                .hasMessage("event " + ID + ": rating 11 is not in 1..10");
        assertThatThrownBy(() -> EventRecord.builder(ID, T0, T1).rating(OptionalInt.of(0)).build())
                .hasMessageContaining("rating 0");
        assertThat(EventRecord.builder(ID, T0, T1).rating(OptionalInt.of(10)).build().rating()).hasValue(10);
    }

    @Test
    void tagsHoldNoCommaSinceTscatJoinsThemWithCommas() {
        assertThatThrownBy(() -> EventRecord.builder(ID, T0, T1).tags(List.of("a,b")).build())
                .hasMessageContaining("tag 'a,b'");
    }

    @Test
    void attributesKeepTheirOrderAndCannotBeChanged() {
        EventRecord event = EventRecord.builder(ID, T0, T1)
                .attribute("z", AttributeValue.text("last letter"))
                .attribute("a", AttributeValue.bool(true))
                .build();
        assertThat(event.attributes().keySet()).containsExactly("z", "a");
        assertThatThrownBy(() -> event.attributes().put("b", AttributeValue.bool(false)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCatalogueNeedsANameAndItsEventsInTheDocument() {
        assertThatThrownBy(() -> CatalogueRecord.builder(ID, " ").build()).hasMessageContaining("name is empty");
        UUID other = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
        CatalogueRecord catalogue = CatalogueRecord.builder(other, "ICMEs").events(List.of(ID)).build();
        assertThatThrownBy(() -> new CatalogDocument(List.of(catalogue), List.of(), Map.of()))
                .hasMessage("catalogue 'ICMEs' (" + other + "): event " + ID + " listed in 'events' is not among the events");
    }

    @Test
    void aDocumentCutsDownToOneCatalogue() {
        EventRecord first = EventRecord.builder(ID, T0, T1).build();
        EventRecord second = EventRecord.builder(UUID.randomUUID(), T0, T1).build();
        CatalogueRecord a = CatalogueRecord.builder(UUID.randomUUID(), "a").events(List.of(second.uuid())).build();
        CatalogueRecord b = CatalogueRecord.builder(UUID.randomUUID(), "b").predicate(Optional.of("{}"))
                .events(List.of(first.uuid(), second.uuid())).build();
        CatalogDocument document = new CatalogDocument(List.of(a, b), List.of(first, second), Map.of());

        assertThat(document.only(a)).isEqualTo(CatalogDocument.of(a, List.of(second)));
        assertThat(document.eventsOf(b)).containsExactly(first, second);
    }
}
