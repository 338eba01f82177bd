package org.pressroom.worker.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.testing.AptFixtures;
import org.pressroom.worker.document.ImageFormat;

import static org.assertj.core.api.Assertions.assertThat;

class ImageCheckTest {

	private final ImageCheck check = new ImageCheck(10_000);

	@TempDir
	Path dir;

	@Test
	void acceptsPngJpegAndPdf() throws IOException {
		assertThat(this.check.check(file("a.png", png(100, 80))))
			.isEqualTo(new ImageCheck.Checked(ImageFormat.PNG, 100, 80, null));
		assertThat(new ImageCheck(50_000_000).check(file("moon.jpg", AptFixtures.fullMoonImage())).format())
			.isEqualTo(ImageFormat.JPEG);
		assertThat(this.check.check(file("a.pdf", "%PDF-1.5\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo(new ImageCheck.Checked(ImageFormat.PDF, 0, 0, null));
	}

	@Test
	void refusesWhatIsNotAnImageWhateverItsName() throws IOException {
		assertThat(this.check.check(file("page.png", "<html>not an image</html>".getBytes(StandardCharsets.UTF_8))))
			.extracting(ImageCheck.Checked::problem)
			.isEqualTo("it is not a PNG, JPEG or PDF file");
		assertThat(this.check.check(file("empty.jpg", new byte[0]))).extracting(ImageCheck.Checked::problem)
			.isEqualTo("it is not a PNG, JPEG or PDF file");
		assertThat(this.check.check(file("a.svg", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8))))
			.extracting(ImageCheck.Checked::problem)
			.isEqualTo("it is not a PNG, JPEG or PDF file");
	}

	@Test
	void refusesTooManyPixelsAndDamagedImages() throws IOException {
		assertThat(this.check.check(file("big.png", png(101, 100)))).extracting(ImageCheck.Checked::problem)
			.isEqualTo("it has 10100 pixels, more than 10000");
		byte[] whole = png(100, 100);
		assertThat(this.check.check(file("cut.png", Arrays.copyOf(whole, whole.length / 2))))
			.extracting(ImageCheck.Checked::problem)
			.isEqualTo("it is damaged or cut short");
		byte[] jpeg = AptFixtures.fullMoonImage();
		assertThat(new ImageCheck(50_000_000).check(file("half.jpg", Arrays.copyOf(jpeg, jpeg.length / 2))))
			.extracting(ImageCheck.Checked::problem)
			.isEqualTo("it is damaged or cut short");
		assertThat(this.check.check(file("header.png", Arrays.copyOf(whole, 20))))
			.extracting(ImageCheck.Checked::problem)
			.isEqualTo("it is damaged or cut short");
	}

	private Path file(String name, byte[] content) throws IOException {
		return Files.write(this.dir.resolve(name), content);
	}

	private static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			image.setRGB(x, (x * 7) % height, 0x336699 * x);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
