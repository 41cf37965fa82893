from typing import NamedTuple, List


class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def __repr__(self):
        return "Animal(" + repr(self.name) + ")"


class Dog(Animal):
    def __init__(self, name, tricks=None):
        super().__init__(name)
        self.tricks = tricks or []

    def speak(self):
        return super().speak() + " (woof)"

    @property
    def n(self):
        return len(self.tricks)

    @staticmethod
    def legs():
        return 4


class Point(NamedTuple):
    x: int
    y: float = 0.0


d = Dog("rex", ["sit"])
print(d.speak(), d.n, Dog.legs(), d.kind, isinstance(d, Animal), isinstance(3, int), [Animal("a")])
print(Point(1), Point(2, 3.5).y, Point(x=4)[0], type(d).__name__, hasattr(d, "tricks"), getattr(d, "zz", 7))
setattr(d, "age", 3)
print(d.age, issubclass(Dog, Animal), isinstance(True, int), isinstance(1.0, (int, float)))
