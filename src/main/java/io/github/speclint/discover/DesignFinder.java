package io.github.speclint.discover;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks the design folder ({@code docs/designs} of the project root) for design artifacts, without following
 * symbolic links: a link there, or on the way from the project root to the folder, is listed as such so that it can
 * be reported, as smaqit's gate refuses designs reached through one. Hidden folders are not entered and README files
 * are indexes, not designs.
 */
public final class DesignFinder {

    private static final String MARKDOWN = ".md";

    private final Path designs;
    private final Path base;
    private final Path projectRoot;

    public DesignFinder(Path designs, Path base, Path projectRoot) {
        this.designs = designs.toAbsolutePath().normalize();
        this.base = base.toAbsolutePath().normalize();
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
    }

    /** The design files in path order; empty when the folder does not exist. */
    public List<DesignFile> find() throws IOException {
        List<DesignFile> found = new ArrayList<>();
        Path link = symlinkOnTheWay();
        if (link != null) {
            found.add(new DesignFile(link, DisplayPath.of(base, link), "", true));
            return found;
        }
        if (!Files.isDirectory(designs, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        Files.walkFileTree(designs, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(designs) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (attrs.isSymbolicLink() && (name.endsWith(MARKDOWN) || Files.isDirectory(file))) {
                    found.add(designFile(file, true));
                } else if (attrs.isRegularFile() && name.endsWith(MARKDOWN) && !name.equals("readme.md")) {
                    found.add(designFile(file, false));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> a.displayPath().compareTo(b.displayPath()));
        return found;
    }

    private DesignFile designFile(Path file, boolean symlink) {
        Path parent = designs.relativize(file.getParent());
        return new DesignFile(file, DisplayPath.of(base, file), DisplayPath.slashes(parent), symlink);
    }

    /** The first symbolic link from the project root down to the design folder itself, or null. */
    private Path symlinkOnTheWay() {
        if (!designs.startsWith(projectRoot)) {
            return Files.isSymbolicLink(designs) ? designs : null;
        }
        Path dir = projectRoot;
        for (Path part : projectRoot.relativize(designs)) {
            dir = dir.resolve(part);
            if (Files.isSymbolicLink(dir)) {
                return dir;
            }
        }
        return null;
    }
}
