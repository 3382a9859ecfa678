import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks that a screenshot of the HTML report is not blank: enough pixels differ from the background (text,
 * tables) and enough of them are coloured (charts, in the Okabe–Ito palette). Run with
 * {@code java .ci/ScreenshotCheck.java FILE.png}; exits 1 with a sentence when the picture looks blank.
 */
public final class ScreenshotCheck {

    public static void main(String[] args) throws Exception {
        BufferedImage img = ImageIO.read(new File(args[0]));
        if (img == null) {
            fail(args[0] + " is not a readable PNG.");
        }
        int w = img.getWidth();
        int h = img.getHeight();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                counts.merge(img.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int background = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long ink = 0;
        long coloured = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int c = e.getKey();
            int r = c >> 16 & 0xFF;
            int g = c >> 8 & 0xFF;
            int b = c & 0xFF;
            if (distance(c, background) > 48) {
                ink += e.getValue();
            }
            if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                coloured += e.getValue();
            }
        }
        double total = (double) w * h;
        System.out.printf("%s: %dx%d, %d colours, %.1f%% ink, %.2f%% coloured%n", args[0], w, h, counts.size(),
                100 * ink / total, 100 * coloured / total);
        if (counts.size() < 64 || ink / total < 0.02) {
            fail("The screenshot looks blank: too few colours or too little ink; the report did not render.");
        }
        if (coloured / total < 0.001) {
            fail("The screenshot has text but no colour: the charts or the stylesheet did not render.");
        }
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF))
                + Math.abs((a & 0xFF) - (b & 0xFF));
    }

    private static void fail(String sentence) {
        System.err.println(sentence);
        System.exit(1);
    }
}
