# Input and loops.
# Press F5 to run. When the program asks, type a number in the output pane and press Enter.

count = int(input("How many squares? "))
total = 0
for number in range(1, count + 1):
    square = number * number
    total += square
    print(f"{number} × {number} = {square}")
print(f"The sum of the first {count} squares is {total}.")
