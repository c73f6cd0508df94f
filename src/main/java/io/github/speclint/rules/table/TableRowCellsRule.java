package io.github.speclint.rules.table;

import io.github.speclint.model.Excerpt;
import io.github.speclint.model.Section;
import io.github.speclint.model.Severity;
import io.github.speclint.model.Table;
import io.github.speclint.model.TableRow;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/**
 * Every row of every table has as many cells as its header. Renderers pad short rows and drop extra cells
 * silently, so the content a reader sees is not what was written.
 */
public final class TableRowCellsRule extends AbstractRule implements DocumentRule {


    public TableRowCellsRule() {
        super("table-row-cells", Severity.ERROR,
                "Table rows have as many cells as the header");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        context.spec().allSections().forEach(section -> section.tables().forEach(table -> check(section, table, out)));
    }

    private void check(Section section, Table table, FindingSink out) {
        int width = table.header().size();
        for (int i = 0; i < table.rows().size(); i++) {
            TableRow row = table.rows().get(i);
            if (row.writtenCells() != width) {
                report(out, row.position(), section.title() + " > row " + (i + 1), String.format(
                        "row %d of the table under \"%s\" has %d cells but its header has %d %s; a cell that holds "
                                + "\"|\" must escape it as \\|", i + 1, section.title(), row.writtenCells(), width,
                        Excerpt.list(table.columns())));
            }
        }
    }
}
