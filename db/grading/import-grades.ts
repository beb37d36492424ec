// The source grade an import gives each row: the file's grade (spec.grading), overridden
// cell by cell by the grade columns. Pure: no database. A cell that is not a grade is a
// problem naming the row and column, like an impossible date.
import type { Credibility, Grade, Reliability } from '../../shared/contract/grading-model';
import type { ParsedSpec } from '../../shared/contract/import-spec';

type Grading = NonNullable<ParsedSpec['grading']>;

const RELIABILITY_CELL = /^([A-F])([1-6])?$/i;
const CREDIBILITY_CELL = /^([A-F])?([1-6])$/i;

export class RowGrades {
  private reliabilityAt = -1;
  private credibilityAt = -1;
  private readonly fileGrade: Grade | null;

  constructor(private readonly grading: Grading | undefined) {
    const g = grading ?? {};
    this.fileGrade =
      g.reliability === undefined && g.credibility === undefined
        ? null
        : {
            reliability: g.reliability ?? null,
            credibility: (g.credibility as Credibility | undefined) ?? null,
          };
  }

  locate(at: (column: string | undefined) => number): void {
    this.reliabilityAt = at(this.grading?.reliabilityColumn);
    this.credibilityAt = at(this.grading?.credibilityColumn);
  }

  /** The row's grade, or undefined when neither the file nor its cells give one. */
  read(cells: string[], problem: (column: string, message: string) => void): Grade | undefined {
    let reliability = this.fileGrade?.reliability ?? null;
    let credibility = this.fileGrade?.credibility ?? null;
    const relCell = (cells[this.reliabilityAt] ?? '').trim();
    if (this.reliabilityAt >= 0 && relCell) {
      const m = RELIABILITY_CELL.exec(relCell);
      if (m) reliability = m[1]!.toUpperCase() as Reliability;
      else
        problem(
          this.grading!.reliabilityColumn!,
          `"${relCell.slice(0, 40)}" is not a source reliability (A to F)`,
        );
    }
    const credCell = (cells[this.credibilityAt] ?? '').trim();
    if (this.credibilityAt >= 0 && credCell) {
      const m = CREDIBILITY_CELL.exec(credCell);
      if (m) credibility = Number(m[2]) as Credibility;
      else
        problem(
          this.grading!.credibilityColumn!,
          `"${credCell.slice(0, 40)}" is not an information credibility (1 to 6)`,
        );
    }
    return reliability === null && credibility === null ? undefined : { reliability, credibility };
  }
}
