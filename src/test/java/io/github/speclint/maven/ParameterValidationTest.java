package io.github.speclint.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every parameter is checked, and a bad value gets speclint's message naming the parameter. */
@MojoTest
class ParameterValidationTest {

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    @MojoParameter(name = "maxFileSize", value = "0")
    void maxFileSizeMustBePositive(CheckMojo mojo) {
        assertEquals("speclint: maxFileSize is 0; it must be a positive number of bytes",
                assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    @MojoParameter(name = "maxFileSize", value = "5MB")
    void aValueThatIsNoNumberNamesTheParameter(CheckMojo mojo) {
        assertEquals("speclint: maxFileSize is \"5MB\", which is not a number; give a positive number of bytes",
                assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    @MojoParameter(name = "maxAllowedViolations", value = "-1")
    void theBudgetCannotBeNegative(CheckMojo mojo) {
        assertEquals("speclint: maxAllowedViolations is -1; it must be a whole number of 0 or more",
                assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    @MojoParameter(name = "maxAllowedViolations", value = "a few")
    void aBudgetThatIsNoNumberNamesTheParameter(CheckMojo mojo) {
        assertEquals("speclint: maxAllowedViolations is \"a few\", which is not a number; give a whole number of 0 "
                + "or more", assertThrows(MojoExecutionException.class, mojo::execute).getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    @MojoParameter(name = "includes", value = " , ")
    void emptyIncludesAreAnError(CheckMojo mojo) {
        assertEquals("speclint: includes is empty, so no file would be linted; leave it out (it defaults to **/*.md) "
                + "or give at least one pattern", assertThrows(MojoExecutionException.class, mojo::execute)
                .getMessage());
    }

    @Test
    @InjectMojo(goal = "report")
    @Basedir("/unit/project")
    @MojoParameter(name = "skip", value = "true")
    void theReportCanBeSkipped(ReportMojo mojo) {
        assertFalse(mojo.canGenerateReport());
    }
}
