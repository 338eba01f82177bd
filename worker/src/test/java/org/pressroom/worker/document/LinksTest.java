package org.pressroom.worker.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTest {

	@Test
	void linksWebMailAndInDocumentTargets() {
		assertThat(Links.href(" https://nasa.gov/a?b=1 ")).hasValue("https://nasa.gov/a?b=1");
		assertThat(Links.href("HTTP://NASA.GOV")).hasValue("HTTP://NASA.GOV");
		assertThat(Links.href("mailto:a@b.org")).hasValue("mailto:a@b.org");
		assertThat(Links.href("ftp://ftp.nasa.gov/x")).hasValue("ftp://ftp.nasa.gov/x");
		assertThat(Links.href("#equation-example")).hasValue("#equation-example");
	}

	@Test
	void readsBareDomainsAsHttpsAndDoisAsDoiOrg() {
		assertThat(Links.href("www.nasa.gov/earth")).hasValue("https://www.nasa.gov/earth");
		assertThat(Links.href("earthdata.nasa.gov")).hasValue("https://earthdata.nasa.gov");
		assertThat(Links.href("10.5067/GEDI/X")).hasValue("https://doi.org/10.5067/GEDI/X");
		assertThat(Links.href("doi:10.5067/GEDI/X")).hasValue("https://doi.org/10.5067/GEDI/X");
		assertThat(Links.doi("https://dx.doi.org/10.1/x")).isEqualTo("https://doi.org/10.1/x");
	}

	@Test
	void refusesOtherSchemesAndNonsense() {
		assertThat(Links.href("javascript:alert(1)")).isEmpty();
		assertThat(Links.href("JaVaScRiPt:alert(1)")).isEmpty();
		assertThat(Links.href("data:text/html,<script>")).isEmpty();
		assertThat(Links.href("file:///etc/passwd")).isEmpty();
		assertThat(Links.href("just some words")).isEmpty();
		assertThat(Links.href("https://a\nb")).isEmpty();
		assertThat(Links.href("#")).isEmpty();
		assertThat(Links.href(null)).isEmpty();
	}

}
