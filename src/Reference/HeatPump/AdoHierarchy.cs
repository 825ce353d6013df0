using QTherm.Reference.Quantities;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// The index set of the auxiliary density operators (ADOs) of a HEOM: all multi-indices n over M exponential modes
/// with |n| = sum_m n_m &lt;= L (depth), index 0 being the physical density matrix, with the neighbour tables
/// n -&gt; n + e_m and n -&gt; n - e_m (-1 where the neighbour lies outside the truncated hierarchy).
/// Tanimura, Phys. Rev. A 41, 6676 (1990), the seed's ref. 34. Seed 001_8d968b41aa3feca2.txt, Sec. IV.
/// </summary>
public sealed class AdoHierarchy
{
    public int Modes { get; }
    public int Depth { get; }
    public IReadOnlyList<int[]> Indices { get; }
    private readonly int[][] up;
    private readonly int[][] down;
    private readonly Dictionary<string, int> lookup = new();

    public AdoHierarchy(int modes, int depth)
    {
        if (modes < 0) throw new ParameterOutOfRangeException("modes", modes, ">= 0");
        if (depth < 0 || depth > 30) throw new ParameterOutOfRangeException("L", depth, "[0, 30]", "hierarchy depth");
        Modes = modes;
        Depth = depth;
        var list = new List<int[]>();
        // Tier by tier, so that index 0 is the physical state and tier-1 indices follow.
        for (int tier = 0; tier <= depth; tier++) Enumerate(new int[modes], 0, tier, list);
        Indices = list;
        for (int i = 0; i < list.Count; i++) lookup[Key(list[i])] = i;
        up = new int[list.Count][];
        down = new int[list.Count][];
        for (int i = 0; i < list.Count; i++)
        {
            up[i] = new int[modes];
            down[i] = new int[modes];
            for (int m = 0; m < modes; m++)
            {
                var n = (int[])list[i].Clone();
                n[m]++;
                up[i][m] = lookup.TryGetValue(Key(n), out int u) ? u : -1;
                n[m] -= 2;
                down[i][m] = n[m] >= 0 && lookup.TryGetValue(Key(n), out int d) ? d : -1;
            }
        }
    }

    public int Count => Indices.Count;

    /// <summary>Index of n + e_m, or -1 beyond the depth.</summary>
    public int Up(int ado, int mode) => up[ado][mode];

    /// <summary>Index of n - e_m, or -1 where n_m = 0.</summary>
    public int Down(int ado, int mode) => down[ado][mode];

    /// <summary>Index of a multi-index, or -1 if it is not in the hierarchy.</summary>
    public int IndexOf(int[] n) => lookup.TryGetValue(Key(n), out int i) ? i : -1;

    private static string Key(int[] n) => string.Join(",", n);

    private static void Enumerate(int[] n, int mode, int remaining, List<int[]> into)
    {
        if (mode == n.Length - 1 || n.Length == 0)
        {
            if (n.Length == 0) { if (remaining == 0) into.Add([]); return; }
            n[mode] = remaining;
            into.Add((int[])n.Clone());
            n[mode] = 0;
            return;
        }
        for (int k = remaining; k >= 0; k--)
        {
            n[mode] = k;
            Enumerate(n, mode + 1, remaining - k, into);
        }
        n[mode] = 0;
    }
}
