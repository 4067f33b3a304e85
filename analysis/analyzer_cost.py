"""The cost algebra of the static analyzer (static_analyzer.py): a cost is a product n^deg * log^lg n *
2^exp * fact! over the input's sizes, with the reason it was given; costs multiply along loops and take
the maximum along a sequence. `render` writes one in O-notation and `klass` names its class.
"""


class Cost:
    """n^deg * log^lg(n) * 2^exp (* n! when fact), plus the names of the sizes for display."""

    __slots__ = ("deg", "lg", "exp", "fact", "names", "why")

    def __init__(self, deg=0.0, lg=0, exp=0, fact=0, names=(), why=""):
        self.deg = deg
        self.lg = lg
        self.exp = exp
        self.fact = fact
        # Only products of up to three sizes are displayed by name; keeping more would let the
        # tuple double with every multiplication of sizes that feed on themselves.
        self.names = tuple(sorted(names)[:4])
        self.why = why

    def key(self):
        return (min(self.fact, 1), min(self.exp, 1), self.deg, self.lg)

    def __mul__(self, other):
        why = self.why
        if other.why and other.key() > (0, 0, 0, 0):
            why = (why + "; " if why else "") + other.why
        return Cost(self.deg + other.deg, self.lg + other.lg, self.exp + other.exp,
                    self.fact + other.fact, self.names + other.names, why)

    def is_const(self):
        return self.key() == (0, 0, 0, 0)

    def with_why(self, why):
        return Cost(self.deg, self.lg, self.exp, self.fact, self.names, why)


ONE = Cost()


def n_cost(name="n", why=""):
    return Cost(1, 0, 0, 0, (name,), why)


def cmax(*costs):
    best = ONE
    for c in costs:
        if c is not None and (c.key() > best.key() or (c.key() == best.key() and c.why and not best.why)):
            best = c
    return best


def log_of(c):
    """log of a magnitude: log(n^k) ~ log n, log(2^n) ~ n."""
    if c.exp or c.fact:
        return Cost(1, 0, 0, 0, ("n",))
    if c.deg > 0:
        return Cost(0, 1)
    return ONE


def exp_of(c):
    """2 ** c: an exponent that is itself a logarithm (j < n.bit_length()) gives back n."""
    if c.is_const():
        return ONE
    if not c.deg and not c.exp and not c.fact and c.lg == 1:
        return Cost(1, 0, 0, 0, ("n",))
    return Cost(0, 0, 1)


def sqrt_of(c):
    if c.is_const():
        return ONE
    return Cost(c.deg / 2, c.lg, c.exp, c.fact, c.names)


def cdiv(a, b):
    """a / b for a product of loop counts a that contains the factors b (what is left inside)."""
    names = list(a.names)
    for x in b.names:
        if x in names:
            names.remove(x)
    return Cost(max(0, a.deg - b.deg), max(0, a.lg - b.lg), max(0, a.exp - b.exp),
                max(0, a.fact - b.fact), names)


def clamp(c):
    """Canonical display: more than cubic-ish polynomial growth is kept, logs capped at 2."""
    return Cost(c.deg, min(c.lg, 2), min(c.exp, 1), min(c.fact, 1), c.names, c.why)


def render(c):
    c = clamp(c)
    if c.fact:
        return "O(n!)"
    if c.exp:
        return "O(2^n)"
    parts = []
    distinct = sorted(set(c.names))
    if c.deg == int(c.deg) and len(distinct) > 1 and len(c.names) == int(c.deg) \
            and all(len(x) <= 2 and x.isidentifier() for x in distinct) and c.deg <= 3:
        distinct.sort(key=lambda x: (x != "n", x))  # O(n*m), as people write it
        counts = {x: c.names.count(x) for x in distinct}
        poly = "*".join(x if counts[x] == 1 else "%s^%d" % (x, counts[x]) for x in distinct)
        parts.append(poly)
    elif c.deg == 0.5:
        parts.append("sqrt n")
    elif c.deg == 1:
        parts.append("n")
    elif c.deg > 0:
        d = c.deg
        parts.append("n^%s" % (int(d) if d == int(d) else round(d, 2)))
    if c.lg == 1:
        parts.append("log n")
    elif c.lg > 1:
        parts.append("log^%d n" % c.lg)
    if not parts:
        return "O(1)"
    return "O(%s)" % " ".join(parts)


def klass(c):
    """The seven CodeComplex classes, plus the extra names used for the canonical result."""
    if c.fact:
        return "factorial"
    if c.exp:
        return "exponential"
    d = c.deg
    if d == 0:
        return "logn" if c.lg else "constant"
    if d < 1:
        return "sqrt"
    if d == 1:
        return "nlogn" if c.lg else "linear"
    if d <= 2:
        return "quadratic"
    if d <= 3:
        return "cubic"
    return "polynomial"
