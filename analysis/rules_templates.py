"""Rules of the static analyzer about the library templates Python solutions paste in front of a few
lines of their own (issue 15, tenth round): a union-find class whose parents live in `self.parent`,
a sorted list kept as buckets of bounded size. The template's structure bounds what each call costs
(a walk up a forest linked by size is log n long; a bucket holds at most a constant load of items),
which the general rules, seeing an attribute of unknown size or a list insert, price as linear. They
read the syntax tree only, so this file can come first in the bundled script."""

import ast


def holder_key(node):
    """The name of a collection a subscript reads, as written: `p` for p[x], `self.parent` for
    self.parent[x]; None for anything else (a call's result, a nested subscript). A class keeps
    its tables in attributes, so the union-find rules must know them as well as plain names."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return ".".join([node.id] + parts[::-1])


def parent_step(test, updates):
    """(parents, walker) when a while loop walks up a forest: its test compares p[x] with x
    (while p[x] != x: the root points to itself) or with a name the loop leaves alone (while
    p[x] != root: the second pass of a find that first located the root, then relinks the path
    to it), and every assignment to x in the loop is an item of p (x = p[x]). None otherwise."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.NotEq)):
        return None
    sides = (test.left, test.comparators[0])
    for sub, other in (sides, sides[::-1]):
        if not (isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Name) and isinstance(other, ast.Name)):
            continue
        parents, walker = holder_key(sub.value), sub.slice.id
        if parents is None or (other.id != walker and other.id in updates):
            continue
        steps = [v for k, _, v in updates.get(walker, []) if k == "set"]
        if steps and len(steps) == len(updates.get(walker, [])) and all(
                isinstance(v, ast.Subscript) and holder_key(v.value) == parents for v in steps):
            return parents, walker
    return None


def relinks_items(body, parents):
    """Whether a block assigns items of the collection `parents` (p[x] = ..., self.parent[x] = ...,
    also inside a tuple target): a walk that does so compresses the path it passes."""
    for st in body:
        for n in ast.walk(st):
            if isinstance(n, ast.Assign):
                for t in n.targets:
                    for x in (t.elts if isinstance(t, ast.Tuple) else [t]):
                        if isinstance(x, ast.Subscript) and holder_key(x.value) == parents:
                            return True
    return False
