# Single inheritance, overriding, super().__init__, isinstance.
class Animal:
    kingdom = 'animalia'

    def __init__(self, name, legs):
        self.name = name
        self.legs = legs

    def speak(self):
        return '...'

    def describe(self):
        return self.name + ' has ' + str(self.legs) + ' legs and says ' + self.speak()


class Dog(Animal):
    def __init__(self, name, tricks):
        super().__init__(name, 4)
        self.tricks = tricks

    def speak(self):
        return 'woof'


class Puppy(Dog):
    def speak(self):
        return super().speak() + ' (squeaky)'


class Bird(Animal):
    def __init__(self, name):
        super().__init__(name, 2)

    def describe(self):
        return 'bird: ' + super().describe()


zoo = [Animal('thing', 0), Dog('rex', ['sit']), Puppy('bit', []), Bird('tweety')]
for a in zoo:
    print(a.describe())
print([a.kingdom for a in zoo])
print([isinstance(a, Dog) for a in zoo], [isinstance(a, Animal) for a in zoo])
print(isinstance(zoo[2], Puppy), isinstance(zoo[1], Puppy), isinstance(zoo[3], Dog))
print(zoo[1].tricks, zoo[2].tricks, zoo[2].legs)


class Shape:
    def area(self):
        return 0

    def __repr__(self):
        return 'Shape with area ' + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


shapes = [Shape(), Rect(2, 3), Square(4)]
print(shapes)
print(sum([s.area() for s in shapes]), max([s.area() for s in shapes]))
Animal.kingdom = 'changed'
print(Dog('a', []).kingdom, Puppy.kingdom)
print(isinstance(True, int), isinstance(3, int), isinstance(3.0, int), isinstance('s', str))
print(isinstance(3, (str, float)), isinstance(3.0, (str, float)), isinstance([], str))
