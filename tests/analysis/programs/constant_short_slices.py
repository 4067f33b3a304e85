# expect time=constant
# A time written "HH:MM" a minute later: the slices take two characters each, whatever the line
# holds, so nothing here grows with the input.
t = input()
hours, minutes = int(t[:2]), int(t[3:5])
total = (hours * 60 + minutes + 1) % 1440
suffix = t[-2:]
print("%02d:%02d" % divmod(total, 60), suffix)
