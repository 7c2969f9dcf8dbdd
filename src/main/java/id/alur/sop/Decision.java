package id.alur.sop;

/** The two branches of a decision (keputusan): where the case goes on Ya and on Tidak. */
public record Decision(Branch ya, Branch tidak) {}
