package io.github.speclint.scaffold;

import io.github.speclint.model.SpecDocument;
import io.github.speclint.schema.Profile;
import io.github.speclint.schema.SchemaCatalog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The smaqit version a spec tree is written in, by its specs' footers: what a spec that names none is written as,
 * whether {@code new} starts it or {@code fix} gives it its missing footer, so that it joins its tree.
 *
 * @param profile       the profile most of the tree's specs are checked as, or the one the user forced
 * @param footerVersion the version its footer names, such as {@code v0.6.2-beta}
 */
public record TreeVersion(Profile profile, String footerVersion) {

    /** A footer version worth copying into a spec: short, one word. */
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._+-]{1,40}");

    /**
     * @param specs        the tree's specs
     * @param fixedProfile a built-in profile the user forced, if any
     */
    public static TreeVersion of(List<SpecDocument> specs, SchemaCatalog catalog, Optional<Profile> fixedProfile) {
        Profile profile = fixedProfile.orElseGet(() -> SpecTreeStyle.profile(specs, catalog));
        return new TreeVersion(profile, SpecTreeStyle.footerVersion(specs, catalog, profile)
                .filter(version -> VERSION.matcher(version).matches()).orElse(Templates.footerVersion(profile)));
    }
}
