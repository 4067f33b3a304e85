# expect: syntax attribute __reduce_ex__ 4
# expect: syntax attribute __reduce__ 5
# __reduce_ex__ hands out the constructor and its arguments (copyreg.__newobj__ and the class).
parts = (1).__reduce_ex__(2)
more = [].__reduce__()
