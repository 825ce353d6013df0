#!/usr/bin/python3
"""Compute qtherm quantities with QuTiP, independently of qtherm's C# oracle, and write a CSV for `qtherm check`.

    /usr/bin/python3 examples/qutip/honest.py OUT.csv                            # the honest computation
    /usr/bin/python3 examples/qutip/honest.py OUT.csv --plant-bug bob-rotation-sign   # the same with one bug planted

Models covered (as far as the oracle has quantities for them):
  * QET, Hotta's minimal model (M. Hotta, arXiv:1002.0200; seed 002_3d1265a9cee6337c.txt, Sec. 1-3):
    qet.ea, qet.eb, qet.theta_opt, qet.eb_max, qet.gibbs_eb, qet.iqc_bob.
  * Heat pump driven by correlations (Phys. Rev. A 106, 062604; seed 001_8d968b41aa3feca2.txt, Eqs. 3-10, App. B):
    closed evolution rho(t) = U rho0 U^dag, U = (-i H t).expm(): heatpump.sed, energy_a, energy_b, rho11, rho22,
    rho33, rho23_re, rho23_im, mutual_information, concurrence, i0.

Everything is in double precision with QuTiP operators; the physics is written from the papers, not from qtherm's code.
The planted bugs (--plant-bug) are realistic mistakes one makes when writing this in QuTiP; see PLANTABLE_BUGS.
Only the CSV goes to the output file; anything QuTiP prints (e.g. "Calibrating OpenMP threshold") stays on stdout.
"""
import argparse
import csv
import sys
from fractions import Fraction

import numpy as np
import qutip
from qutip import basis, concurrence, entropy_mutual, entropy_vn, ptrace, qeye, sigmam, sigmap, sigmax, sigmay, sigmaz, tensor

# QuTiP's default auto-tidyup zeroes every matrix entry below 1e-12 after each operation. That is an absolute error of
# up to 1e-12 where we want double precision (~1e-16 relative), so it is switched off for this comparison.
qutip.settings.auto_tidyup = False

PLANTABLE_BUGS = {
    "bob-rotation-sign":
        "QET: Bob's feedback written as U_mu = cos(theta) + i mu sin(theta) sy_B instead of cos(theta) - i mu sin(theta) sy_B "
        "(the sign convention of a rotation exp(-i theta sy) flipped)",
    "vab-ladder-swap":
        "heat pump: V_AB built as Omega (e^{i phi_V} sigma_-(x)sigma_+ + h.c.) instead of sigma_+(x)sigma_- "
        "(QuTiP's sigmap() = |0><1| lowers the energy when |0> is the ground state, an easy one to get backwards); "
        "equivalent to the wrong sign of phi_V",
}

EXACT = None  # marker: no rel_tol, qtherm derives its default double-precision tolerance


def fraction_text(x):
    """A rational parameter as qtherm reads it ('3/2', '1', '-1/2')."""
    f = Fraction(x)
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


def params_text(**kw):
    out = []
    for key, value in kw.items():
        if isinstance(value, (Fraction, int)):
            out.append(f"{key}={fraction_text(value)}")
        else:
            out.append(f"{key}={value!r}")  # shortest decimal that round-trips the double
    return ";".join(out)


def expect(op, rho):
    """Tr[op rho] for Hermitian op (real part; the imaginary part is rounding)."""
    return float(np.real((op * rho).tr()))


# --------------------------------------------------------------------------------------------------------------------
# QET: Hotta's minimal model. H = H_A + H_B + V with H_A = h sz_A + h^2/s, H_B = h sz_B + h^2/s,
# V = 2k sx_A sx_B + 2k^2/s, s = sqrt(h^2 + k^2) (ground energy 0). QuTiP's sz|0> = +|0>, the same as Hotta's.
# Protocol: Alice measures sx_A (P_mu = (1 + mu sx_A)/2), tells Bob mu, Bob applies U_mu = cos(theta) - i mu sin(theta) sy_B.
#   rho1 = sum_mu P_mu rho P_mu,  rho2 = sum_mu U_mu P_mu rho P_mu U_mu^dag,
#   E_A = Tr[H rho1] - Tr[H rho],  E_B = Tr[H rho1] - Tr[H rho2].
# --------------------------------------------------------------------------------------------------------------------
UNIT_ROUNDOFF = 2.0 ** -53


def energy_rel_tol(value, scale):
    """rel_tol for an energy computed in double precision: Tr[H rho] is a sum of terms as large as the energy scale
    |H| (the largest |eigenvalue|, here up to 4s ~ 8 with Hotta's constants), so it is good to a few units of roundoff
    of |H|, not of its own value. QET's outputs are small on that scale: E_B max ~ 0.03 at h = 1/2, k = 2, and the
    Gibbs E_B changes sign between T = 1/2 and T = 1 at h = 1, k = 3/2 (0.0012 at T = 1/2). The relative accuracy is
    then u |H| / |E|, which exceeds qtherm's fixed per-quantity conditioning (10 or 100) at those points; rel_tol states
    it, with the factor 8 for a few roundings that qtherm's default uses too. The buggy runs change E by O(1)."""
    return 8 * UNIT_ROUNDOFF * scale / abs(value)


class HottaModel:
    def __init__(self, h, k, bugs):
        self.h, self.k, self.bugs = float(h), float(k), bugs
        h, k = self.h, self.k
        s = np.sqrt(h * h + k * k)
        i2 = qeye(2)
        self.H = (h * tensor(sigmaz(), i2) + h * tensor(i2, sigmaz()) + 2 * k * tensor(sigmax(), sigmax())
                  + (2 * h * h / s + 2 * k * k / s) * tensor(i2, i2))
        self.energy_scale = float(np.max(np.abs(self.H.eigenenergies())))
        self.projectors = {mu: tensor((i2 + mu * sigmax()) / 2, i2) for mu in (+1, -1)}

    def ground_state(self):
        energy, ket = self.H.groundstate()
        return ket * ket.dag()

    def gibbs_state(self, temperature):
        rho = (-self.H / temperature).expm()
        return rho / rho.tr()

    def feedback(self, mu, theta):
        sign = +1 if "bob-rotation-sign" in self.bugs else -1
        return tensor(qeye(2), np.cos(theta) * qeye(2) + sign * 1j * mu * np.sin(theta) * sigmay())

    def run(self, rho, theta):
        """(E_A, E_B) of one round of the protocol on rho."""
        rho1 = sum(p * rho * p for p in self.projectors.values())
        rho2 = 0
        for mu, p in self.projectors.items():
            u = self.feedback(mu, theta)
            rho2 = rho2 + u * p * rho * p * u.dag()
        e0, e1, e2 = expect(self.H, rho), expect(self.H, rho1), expect(self.H, rho2)
        return e1 - e0, e1 - e2

    def optimal_angle(self, rho):
        """theta maximising E_B(theta) = a sin 2theta + b cos 2theta + c (Bob's unitary is linear in cos, sin theta and
        the energy quadratic in it, so E_B is a trigonometric polynomial of degree 2 in theta). a, b, c from the
        protocol run at theta = 0, pi/4, pi/2; the maximum is at 2 theta = atan2(a, b)."""
        e_0, e_q, e_h = (self.run(rho, t)[1] for t in (0.0, np.pi / 4, np.pi / 2))
        c = (e_0 + e_h) / 2
        a, b = e_q - c, e_0 - c
        return 0.5 * np.arctan2(a, b)

    def iqc_bob(self, rho):
        """I_QC(M:B) = S(rho_B) - sum_mu p_mu S(rho_B^(mu)): what Alice's outcome tells about Bob's qubit (nats)."""
        total = entropy_vn(ptrace(rho, 1))
        for p in self.projectors.values():
            conditional = p * rho * p
            weight = float(np.real(conditional.tr()))
            total -= weight * entropy_vn(ptrace(conditional / weight, 1))
        return total


def qet_rows(bugs):
    rows = []
    for h, k in ((Fraction(1), Fraction(3, 2)), (Fraction(1, 2), Fraction(2))):
        model = HottaModel(h, k, bugs)
        hk = dict(h=h, k=k)
        ground = model.ground_state()
        e_a = model.run(ground, 0.0)[0]
        rows.append(("qet.ea", params_text(**hk), e_a, energy_rel_tol(e_a, model.energy_scale)))
        for theta in (0.1, 0.25, -0.2):
            e_b = model.run(ground, theta)[1]
            rows.append(("qet.eb", params_text(**hk, theta=theta), e_b, energy_rel_tol(e_b, model.energy_scale)))
        theta_opt = model.optimal_angle(ground)
        rows.append(("qet.theta_opt", params_text(**hk), theta_opt, EXACT))
        e_b = model.run(ground, theta_opt)[1]
        rows.append(("qet.eb_max", params_text(**hk), e_b, energy_rel_tol(e_b, model.energy_scale)))
        for temperature in (Fraction(1, 2), Fraction(1)):
            gibbs = model.gibbs_state(float(temperature))
            e_b = model.run(gibbs, theta_opt)[1]
            rows.append(("qet.gibbs_eb", params_text(**hk, T=temperature), e_b, energy_rel_tol(e_b, model.energy_scale)))
            rows.append(("qet.iqc_bob", params_text(**hk, T=temperature), model.iqc_bob(gibbs), EXACT))
    return rows


# --------------------------------------------------------------------------------------------------------------------
# Heat pump: two qubits, |0> the ground state at energy -1/2 (hbar omega = 1), basis |00>,|01>,|10>,|11>.
# In QuTiP's matrices (sigmaz() = diag(1, -1)) that is H_A = -sz_A/2, H_B = -sz_B/2.
# V_AB = Omega (e^{i phi_V} |01><10| + h.c.) (Eq. 7); |01><10| = |0><1| (x) |1><0| = sigmap() (x) sigmam() in QuTiP.
# rho0 = rho_A^0 (x) rho_B^0 + chi with chi of Eq. 10 (chi_11 = chi_44 = -lambda_4, chi_22 = chi_33 = +lambda_4,
# chi_23 = e^{i phi_chi} sqrt(lambda_4)), phi_chi = phi_V - delta. rho(t) = U rho0 U^dag with U = (-i H t).expm().
# --------------------------------------------------------------------------------------------------------------------
class HeatPump:
    def __init__(self, temperature_a, temperature_b, omega, delta_over_pi, phi_v_over_pi, bugs):
        i2 = qeye(2)
        self.HA = tensor(-sigmaz() / 2, i2)
        self.HB = tensor(i2, -sigmaz() / 2)
        phi_v = float(phi_v_over_pi) * np.pi
        phi_chi = float(phi_v_over_pi - delta_over_pi) * np.pi
        hop = tensor(sigmam(), sigmap()) if "vab-ladder-swap" in bugs else tensor(sigmap(), sigmam())
        v = float(omega) * np.exp(1j * phi_v) * hop
        self.H = self.HA + self.HB + v + v.dag()

        def gibbs(temperature):
            rho = (-(-sigmaz() / 2) / float(temperature)).expm()
            return rho / rho.tr()

        product = tensor(gibbs(temperature_a), gibbs(temperature_b))
        lambda4 = float(np.real(product[3, 3]))
        ket = [basis(2, 0), basis(2, 1)]
        k00, k01, k10, k11 = (tensor(ket[a], ket[b]) for a in (0, 1) for b in (0, 1))
        chi = lambda4 * (-k00 * k00.dag() + k01 * k01.dag() + k10 * k10.dag() - k11 * k11.dag())
        coherence = np.exp(1j * phi_chi) * np.sqrt(lambda4) * k01 * k10.dag()
        chi = chi + coherence + coherence.dag()
        self.rho0 = product + chi

    def state_at(self, t):
        u = (-1j * self.H * float(t)).expm()
        return u * self.rho0 * u.dag()


def hermitian_part(rho):
    return (rho + rho.dag()) / 2


def entropy_safe_mutual_information(rho):
    """S_A + S_B - S_AB. rho has exactly zero eigenvalues (rho_44 = 0 and a pure |01>,|10> block), which come out of the
    eigensolver as +-1e-17; entropy_vn would take log of a negative number. Eigenvalues below 0 are clipped to 0,
    which changes S by at most ~1e-15 (x log x -> 0)."""
    def s(r):
        vals = np.linalg.eigvalsh(r.full())
        vals = vals[vals > 0]
        return float(-np.sum(vals * np.log(vals)))
    return s(ptrace(rho, 0)) + s(ptrace(rho, 1)) - s(rho)


def heatpump_rows(bugs):
    rows = []
    points = (
        dict(T_A=Fraction(2), T_B=Fraction(1), Omega=Fraction(1, 10), delta_over_pi=Fraction(-1, 2), phi_v_over_pi=Fraction(0)),
        dict(T_A=Fraction(3, 2), T_B=Fraction(1, 2), Omega=Fraction(1, 2), delta_over_pi=Fraction(-1, 4), phi_v_over_pi=Fraction(1, 2)),
    )
    for point in points:
        pump = HeatPump(point["T_A"], point["T_B"], point["Omega"], point["delta_over_pi"], point["phi_v_over_pi"], bugs)
        rows.append(("heatpump.i0", params_text(**point), entropy_safe_mutual_information(pump.rho0), EXACT))
        for t in (Fraction(1), Fraction(3), Fraction(61, 10)):
            rho = hermitian_part(pump.state_at(t))
            p = params_text(**point, t=t)
            rows.append(("heatpump.sed", p, expect(pump.HA - pump.HB, rho), EXACT))
            rows.append(("heatpump.energy_a", p, expect(pump.HA, rho), EXACT))
            rows.append(("heatpump.energy_b", p, expect(pump.HB, rho), EXACT))
            rows.append(("heatpump.rho11", p, float(np.real(rho[0, 0])), EXACT))
            rows.append(("heatpump.rho22", p, float(np.real(rho[1, 1])), EXACT))
            rows.append(("heatpump.rho33", p, float(np.real(rho[2, 2])), EXACT))
            if point["phi_v_over_pi"] != 0 or abs(point["delta_over_pi"]) != Fraction(1, 2):
                # With phi_V = 0 and delta = -pi/2, rho_23 stays purely imaginary: Re rho_23 is exactly 0, and a
                # relative comparison of our 1e-17 rounding against the oracle's 1e-69 would be meaningless.
                rows.append(("heatpump.rho23_re", p, float(np.real(rho[1, 2])), EXACT))
            rows.append(("heatpump.rho23_im", p, float(np.imag(rho[1, 2])), EXACT))
            rows.append(("heatpump.mutual_information", p, entropy_safe_mutual_information(rho), EXACT))
            # qutip.concurrence takes sqrt of the eigenvalues of rho (sy sy) rho* (sy sy). Here three of them are
            # exactly zero (rho_44 = 0, rank-one |01>,|10> block) and come out as ~eps * |R| ~ 1e-17, whose square
            # roots are ~3e-9 each: QuTiP's concurrence is good to ~1e-8 absolute, not to double precision.
            # rel_tol = 1e-6 covers 3 sqrt(eps |R|) / C with C ~ 0.1-0.5 and a margin of ~10.
            rows.append(("heatpump.concurrence", p, concurrence(rho), 1e-6))
    return rows


def compute(bugs):
    return qet_rows(bugs) + heatpump_rows(bugs)


def write_csv(path, rows):
    with open(path, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["quantity", "params", "value", "rel_tol"])
        for quantity, params, value, rel_tol in rows:
            out.writerow([quantity, params, repr(float(value)), "" if rel_tol is None else repr(rel_tol)])


def main(argv=None, default_bugs=()):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="CSV file to write (quantity,params,value,rel_tol)")
    parser.add_argument("--plant-bug", action="append", choices=sorted(PLANTABLE_BUGS), default=None,
                        help="plant a realistic physics bug (repeatable): " +
                             "; ".join(f"{k}: {v}" for k, v in PLANTABLE_BUGS.items()))
    args = parser.parse_args(argv)
    bugs = set(args.plant_bug if args.plant_bug is not None else default_bugs)
    rows = compute(bugs)
    write_csv(args.output, rows)
    what = "with planted bug(s) " + ", ".join(sorted(bugs)) if bugs else "honest"
    print(f"wrote {len(rows)} rows ({what}) to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
