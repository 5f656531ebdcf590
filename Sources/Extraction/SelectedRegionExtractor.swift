/// Renders the regions a source's selector matched. The user chose the region, so nothing is
/// scored and link-heavy lists stay (a statements index is mostly links); only what is never
/// content goes: ads, share bars, cookie and newsletter boxes, comments, navigation.
enum SelectedRegionExtractor {
    /// The outermost matched elements still in the page, in document order.
    static func regions(in root: HTMLNode) -> [HTMLNode] {
        var regions: [HTMLNode] = []
        root.forEachDescendant { node in
            if node.isSelectorMatch {
                regions.append(node)
                return false
            }
            return true
        }
        return regions
    }

    static func blocks(of regions: [HTMLNode], title: String?) -> [TextBlock] {
        for region in regions {
            region.measure()
            let total = max(1, region.textLength)
            region.forEachDescendant { node in
                if HTMLTags.boilerplateLandmarks.contains(node.name) || node.name == "form" {
                    node.isRemoved = true
                    return false
                }
                let hints = node.hints
                if hints.comments || hints.intrusive, node.textLength * 2 < total {
                    node.isRemoved = true
                    return false
                }
                return true
            }
        }
        return ParagraphFilter.filter(BlockCollector.blocks(of: regions), title: title, selected: true)
    }
}
