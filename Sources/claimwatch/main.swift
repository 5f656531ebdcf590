print("claimwatch: not yet")
