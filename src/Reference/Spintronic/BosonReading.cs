namespace QTherm.Reference.Spintronic;

/// <summary>
/// Which spin-flip dissipator each bosonic rate multiplies. Seed 004_a075f79c977e5cdb.txt, Eq. 12 attaches
/// Lambda^- to D[c_down^dagger c_up] (up -> down, energy-raising since eps_down &gt; eps_up) and Lambda^+ to
/// D[c_up^dagger c_down]; the text below Eq. 12 and Sec. III E call Lambda^+ the pump and Lambda^- the relaxation
/// ("Lambda^+ = 2 Lambda^-: negative temperature", "thermal bath: Lambda^- &gt; Lambda^+"), i.e. the opposite attachment.
/// </summary>
public enum BosonReading
{
    /// <summary>Eq. 12 as printed: Lambda^- D[c_down^dagger c_up] + Lambda^+ D[c_up^dagger c_down].</summary>
    AsWritten,

    /// <summary>The text's reading (Lambda^+ pumps up -> down): Lambda^+ D[c_down^dagger c_up] + Lambda^- D[c_up^dagger c_down].</summary>
    PlusPumps,
}
