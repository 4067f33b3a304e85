# Two ways to find a duplicate in a list.
# Press Ctrl+Shift+A: the analysis panel gives each function's complexity and marks the hot loops.
# Measure (Ctrl+Shift+M) then times them at growing sizes in the sandbox.


def has_duplicate_quadratic(items):
    # Compares every pair: O(n²) comparisons.
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i] == items[j]:
                return True
    return False


def has_duplicate_linear(items):
    # Remembers what it has seen in a set: O(n).
    seen = set()
    for item in items:
        if item in seen:
            return True
        seen.add(item)
    return False


numbers = list(range(3000)) + [2999]
print("quadratic:", has_duplicate_quadratic(numbers))
print("linear:   ", has_duplicate_linear(numbers))
