package actbench.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque RGB image as PNG (8 bits a channel, no interlace). ImageIO's writer reads
 * every sample through the generic raster path: half of a JFR profile's samples while the report's
 * charts were drawn, about 90 ns a pixel. This one reads the image's int pixels directly, filters
 * each row with PNG's "up" filter (the charts' rows mostly repeat the one above) and leaves the
 * rest to zlib.
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte RGB = 2;
    private static final byte UP = 2;

    private Png() {
    }

    /** The PNG file of {@code image}, which must be {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an INT_RGB image, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put(RGB).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", deflate(rows(pixels, width, height)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** Each row as its filter byte and the differences of its R, G, B bytes to the row above. */
    private static byte[] rows(int[] pixels, int width, int height) {
        int stride = 1 + 3 * width;
        byte[] rows = new byte[stride * height];
        for (int y = 0, at = 0; y < height; y++) {
            rows[at++] = UP;
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int p = pixels[row + x];
                int above = y == 0 ? 0 : pixels[row - width + x];
                rows[at++] = (byte) ((p >>> 16) - (above >>> 16));
                rows[at++] = (byte) ((p >>> 8) - (above >>> 8));
                rows[at++] = (byte) (p - above);
            }
        }
        return rows;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
