# expect: ok
# stdout: ['Ada', 'Bo'] BO True
# stdout: 3 [1, 2, 3] Deck(3) True
# stdout: 21.5 Reading(celsius=21.5) P(x=1, y=2)
import copy
from collections import namedtuple
from dataclasses import make_dataclass
from operator import attrgetter, methodcaller


class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age


class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __iter__(self):
        return iter(self.cards)

    def __eq__(self, other):
        return isinstance(other, Deck) and self.cards == other.cards

    def __hash__(self):
        return hash(tuple(self.cards))

    def __repr__(self):
        return f"Deck({len(self)})"

    def __copy__(self):
        return Deck(self.cards)

    def __ior__(self, other):
        self.cards += other.cards
        return self

    def __del__(self):
        self.cards = []


class Positive:
    """A descriptor: __get__ and __set__ are ordinary protocol methods."""

    def __get__(self, instance, owner):
        return instance.value if instance is not None else self

    def __set__(self, instance, value):
        if value < 0:
            raise ValueError("negative")
        instance.value = value


class Gauge:
    level = Positive()


people = [Person("Bo", 40), Person("Ada", 36)]
by_age = sorted(people, key=attrgetter("age"))
print([person.name for person in by_age], methodcaller("upper")("bo"), hasattr(people[0], "age"))
deck = Deck([1, 2])
deck |= Deck([3])
print(len(deck), list(deck), copy.copy(deck), copy.copy(deck) == deck)
gauge = Gauge()
gauge.level = 21.5
Reading = make_dataclass("Reading", [("celsius", float)])
P = namedtuple("P", "x y")
print(gauge.level, Reading(21.5), P(1, 2))
