package org.pressroom.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules the compiler does not keep, checked on the production classes of every module
 * (the app's test classpath has them all): JobRunr stays behind its seam, and no two
 * feature packages depend on each other.
 */
class ArchitectureTest {

	private static JavaClasses pressroom;

	@BeforeAll
	static void importProductionClasses() {
		pressroom = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.pressroom");
	}

	/**
	 * Core talks to JobRunr only through {@code core.job} (the requests, their handlers,
	 * JobEnqueuer); the app not at all (its dashboard is dashboard-config's); on a worker
	 * only what runs and watches the JobRunr server.
	 */
	@Test
	void jobRunrStaysBehindItsSeam() {
		noClasses().that()
			.resideInAPackage("org.pressroom.core..")
			.and()
			.resideOutsideOfPackage("org.pressroom.core.job..")
			.or()
			.resideInAPackage("org.pressroom.app..")
			.or()
			.resideInAnyPackage("org.pressroom.worker.document..", "org.pressroom.worker.latex..",
					"org.pressroom.worker.html..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.jobrunr..")
			.because("JobRunr is the engine behind core.job's seam, not a dependency of Pressroom's own logic")
			.check(pressroom);
	}

	/**
	 * Feature packages within a module form no cycle (a module's root configuration
	 * classes may see them all).
	 */
	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("org.pressroom.(*).(*)..").should().beFreeOfCycles().check(pressroom);
	}

}
