match 1j:
    case 1j+2j:
        pass
