# expect: ok
# stdout: Course(name='Python', modules=['basics'], os='linux', sys=1) ('Python', 'linux')
# A field may share a name with a module: it is a parameter of the generated __init__, not a
# lookup in some module's globals.
from dataclasses import dataclass, astuple


@dataclass
class Course:
    name: str
    modules: list
    os: str = "linux"
    sys: int = 1


course = Course("Python", ["basics"])
print(course, (astuple(course)[0], course.os))
