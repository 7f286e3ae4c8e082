package org.heliodeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.heliodeck.data.InventoryNode;
import org.heliodeck.data.NodeKind;
import org.heliodeck.data.inventory.LiveInventory;
import org.heliodeck.data.inventory.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The browser over AMDA's recorded tree and the OMNI2 archive, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class ProductBrowserTest {

    @TempDir
    static Path store;

    private LiveInventory live;
    private ProductBrowser browser;
    private PanelArea panels;

    @Start
    void start(Stage stage) throws Exception {
        live = RealInventory.withAmda(store);
        browser = new ProductBrowser(live, Set.of("omni2"));
        browser.follow("omni2", RealInventory.refreshOmni2(live));
        panels = new PanelArea();
        panels.setPrefSize(500, 600);
        browser.setPrefSize(420, 600);
        stage.setScene(new Scene(new HBox(browser, panels), 920, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        browser.close();
        live.close();
    }

    @Test
    void typingRanksOmni2ProtonDensityFirst(FxRobot robot) throws Exception {
        awaitOmni2(robot);
        robot.clickOn("#product-search").write("solar wind dens");

        List<SearchHit> hits = awaitHits(robot, "solar wind dens");
        assertThat(product(hits.getFirst().node())).isEqualTo("omni2/omni2_hourly/N_p");
        // AMDA's solar wind densities follow, ranked by the index.
        assertThat(hits).hasSizeGreaterThan(10).extracting(h -> h.node().provider()).contains("amda");

        // Enter shows the best hit in the tree.
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree(robot).getSelectionModel().getSelectedItem().getValue()).isEqualTo(hits.getFirst().node());
    }

    @Test
    void aFailedRefreshIsSaidAndTheShownInventoryStays(FxRobot robot) throws Exception {
        awaitOmni2(robot);
        WaitForAsyncUtils.asyncFx(() -> browser.follow("cdaweb",
                CompletableFuture.failedFuture(new java.io.IOException("cdaweb.gsfc.nasa.gov did not answer")))).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#product-details").queryAs(Label.class).getText())
                .isEqualTo("could not refresh cdaweb's inventory: cdaweb.gsfc.nasa.gov did not answer");
        assertThat(tree(robot).getRoot().getChildren()).extracting(i -> i.getValue().provider()).containsExactly("amda", "omni2");
    }

    @Test
    void aTypoStillFindsTheTemperature(FxRobot robot) throws Exception {
        awaitOmni2(robot);
        robot.clickOn("#product-search").write("temprature");

        List<SearchHit> hits = awaitHits(robot, "temprature");
        assertThat(hits).extracting(h -> product(h.node())).contains("omni2/omni2_hourly/T_p");
    }

    @Test
    void theTreeExpandsDownToAParameterAndDescribesIt(FxRobot robot) throws Exception {
        awaitOmni2(robot);
        InventoryNode np = nodeAt("omni2", "omni2_hourly/N_p");

        assertThat(WaitForAsyncUtils.asyncFx(() -> browser.reveal(np)).get()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        TreeView<InventoryNode> tree = tree(robot);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue()).isEqualTo(np);
        assertThat(tree.getSelectionModel().getSelectedItem().getParent().isExpanded()).isTrue();
        assertThat(robot.lookup("#product-details").queryAs(Label.class).getText())
                .contains("omni2/omni2_hourly/N_p", "every 1 h", "1998-01-01");
        // Shown in the tree: a cell draws the parameter, so a user can see and drag it.
        assertThat(robot.lookup(".tree-cell").match(c -> np.equals(((javafx.scene.control.TreeCell<?>) c).getItem()))
                .tryQuery()).isPresent();
    }

    @Test
    void theTopHitDroppedOnThePanelAreaIsAddedToItsProducts(FxRobot robot) throws Exception {
        awaitOmni2(robot);
        robot.clickOn("#product-search").write("solar wind dens");
        InventoryNode top = awaitHits(robot, "solar wind dens").getFirst().node();

        // What the hit's cell puts on the dragboard when the user drags it, dropped where the user lets go.
        Drops.Outcome outcome = WaitForAsyncUtils.asyncFx(() ->
                Drops.drop(panels, ProductDrag.content(browser.productOf(top).orElseThrow()))).get();

        assertThat(outcome.accepted()).isEqualTo(TransferMode.COPY);
        assertThat(outcome.completed()).isTrue();
        assertThat(panels.products()).extracting(Product::toString).containsExactly("omni2/omni2_hourly/N_p");
    }

    @Test
    void plainTextIsNotAProductAndIsRefused(FxRobot robot) throws Exception {
        ClipboardContent text = new ClipboardContent();
        text.putString("omni2/omni2_hourly/N_p");

        Drops.Outcome outcome = WaitForAsyncUtils.asyncFx(() -> Drops.drop(panels, text)).get();

        assertThat(outcome.accepted()).isNull();
        assertThat(panels.products()).isEmpty();
    }

    /** Waits until the OMNI2 archive, indexed in the background, is in the tree. */
    private void awaitOmni2(FxRobot robot) throws TimeoutException {
        TreeView<InventoryNode> tree = tree(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tree.getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue().provider().equals("omni2")));
    }

    @SuppressWarnings("unchecked")
    private static TreeView<InventoryNode> tree(FxRobot robot) {
        return robot.lookup("#product-tree").queryAs(TreeView.class);
    }

    @SuppressWarnings("unchecked")
    private static List<SearchHit> awaitHits(FxRobot robot, String text) throws Exception {
        ListView<SearchHit> hits = robot.lookup("#product-hits").queryAs(ListView.class);
        ProductBrowser browser = robot.lookup(".product-browser").queryAs(ProductBrowser.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> browser.answeredQuery().equals(text));
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(hits.getItems())).get();
    }

    private String product(InventoryNode node) {
        return browser.productOf(node).map(Product::toString).orElse(node.provider() + "/" + node.path());
    }

    private InventoryNode nodeAt(String provider, String path) {
        return live.index().nodes().stream()
                .filter(n -> n.provider().equals(provider) && n.path().equals(path) && n.kind() == NodeKind.PARAMETER)
                .findFirst().orElseThrow();
    }
}
