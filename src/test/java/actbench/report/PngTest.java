package actbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link Png} writes, ImageIO reads back pixel for pixel. */
class PngTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "1, 7", "7, 1", "3, 2", "17, 5", "260, 200", "1300, 41"})
    void imageIoReadsBackEveryPixel(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(width * 31L + height);
        for (int i = 0; i < pixels.length; i++) {
            // runs of one colour as in a chart, extreme channels, and bits in the unused top byte
            pixels[i] = i % 5 == 0 ? random.nextInt() : i % 3 == 0 ? 0xff00ff : i > width ? pixels[i - width] : 0;
        }
        byte[] png = Png.encode(image);

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read.getWidth()).isEqualTo(width);
        assertThat(read.getHeight()).isEqualTo(height);
        assertThat(read.getColorModel().hasAlpha()).isFalse();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int expected = pixels[y * width + x] & 0xffffff;
                if ((read.getRGB(x, y) & 0xffffff) != expected) {
                    assertThat(Integer.toHexString(read.getRGB(x, y) & 0xffffff)).as("(%d, %d)", x, y)
                            .isEqualTo(Integer.toHexString(expected));
                }
            }
        }
    }

    @Test
    void onlyOpaqueIntRgbImagesAreEncoded() {
        BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        assertThatThrownBy(() -> Png.encode(argb)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INT_RGB");
    }
}
