<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>Annotations</name>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Tìm trong đoạn trích hoặc ghi chú</source>
            <translation>Search in excerpts or notes</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Từ ngày</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Đến ngày</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Chỉ ghi chú cần xem lại</source>
            <translation>Only annotations needing review</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Bỏ lọc này</source>
            <translation>Clear this filter</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Thẻ:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Màu:</source>
            <translation>Colour:</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Bài viết:</source>
            <translation>Article:</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Mọi thẻ</source>
            <translation>All tags</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Mọi màu</source>
            <translation>All colours</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Mọi bài viết</source>
            <translation>All articles</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Đang lọc theo: %1</source>
            <translation>Filtered by: %1</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Đang dùng bộ lọc đặt từ nơi khác.</source>
            <translation>A filter set elsewhere is in use.</translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <location filename="desktop/gui/annotations/annotation_panel.py" />
            <source>%Ln ghi chú</source>
            <translation>
                <numerusform>%Ln annotation</numerusform>
                <numerusform>%Ln annotations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/annotations/annotation_browser.py" />
            <source>Hiện %1/%Ln ghi chú</source>
            <translation>
                <numerusform>Showing %1 of %Ln annotation</numerusform>
                <numerusform>Showing %1 of %Ln annotations</numerusform>
            </translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_commands.py" />
            <source>Tô sáng đoạn văn</source>
            <translation>Highlight passage</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_commands.py" />
            <source>Xóa ghi chú</source>
            <translation>Delete annotation</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_commands.py" />
            <source>Gắn lại ghi chú vào đoạn đã chọn</source>
            <translation>Reattach annotation to the selected passage</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_commands.py" />
            <source>Sửa nội dung bài viết</source>
            <translation>Edit article text</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_commands.py" />
            <source>Đổi ý nghĩa màu</source>
            <translation>Change colour meaning</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Hoàn tác</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Làm lại</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Tô sáng và ghi chú…</source>
            <translation>Highlight and annotate…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Tô sáng đoạn đang chọn, gắn thẻ và ghi chú (%1)</source>
            <translation>Highlight the selected passage, tag it and add a note (%1)</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Sửa nội dung bài viết…</source>
            <translation>Edit article text…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Thay bằng bản đã sửa từ tệp…</source>
            <translation>Replace with a corrected file…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Nhập lại bài này từ tệp đã sửa; các đoạn đã đánh dấu đi theo nội dung mới</source>
            <translation>Import this article again from a corrected file; highlighted passages follow the new text</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Quản lý thẻ và chú giải màu…</source>
            <translation>Manage tags and colour legend…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Ghi chú của bài</source>
            <translation>Article annotations</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Duyệt ghi chú</source>
            <translation>Annotation browser</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Cần xem lại</source>
            <translation>Needs review</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Hãy bôi đen một đoạn trong bài viết trước khi tô sáng.</source>
            <translation>Select a passage in the article before highlighting.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Tô sáng và ghi chú</source>
            <translation>Highlight and annotate</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Đã tô sáng. Ctrl+Z để hoàn tác.</source>
            <translation>Highlighted. Ctrl+Z to undo.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Sửa ghi chú</source>
            <translation>Edit annotation</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>ghi chú</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>thẻ</source>
            <translation>tags</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>màu</source>
            <translation>colour</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Sửa %1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Đã xóa ghi chú. Ctrl+Z để hoàn tác.</source>
            <translation>Annotation deleted. Ctrl+Z to undo.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Hãy bôi đen đoạn đúng trong bài rồi bấm “Gắn vào đoạn đang chọn”.</source>
            <translation>Select the right passage in the article, then click “Attach to selection”.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Đã gắn lại ghi chú vào đoạn đã chọn.</source>
            <translation>Annotation reattached to the selected passage.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Chưa biết ghi chú này nằm ở đâu: hãy bôi đen đoạn đúng rồi gắn lại.</source>
            <translation>This annotation's place is unknown: select the right passage and reattach it.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Chọn tệp chứa bản đã sửa của bài viết</source>
            <translation>Choose the file with the corrected article</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Bài viết (%1);;Tất cả các tệp (*)</source>
            <translation>Articles (%1);;All files (*)</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source>Đã lưu nội dung mới.</source>
            <translation>New text saved.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_controller.py" />
            <source> %1 ghi chú cần xem lại.</source>
            <translation> %1 annotation(s) need review.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Phím %1, hoặc Alt+%1 khi đang gõ</source>
            <translation>Key %1, or Alt+%1 while typing</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Ghi chú (nhiều dòng; Ctrl+Enter để lưu)</source>
            <translation>Note (several lines; Ctrl+Enter to save)</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <location filename="desktop/gui/annotations/article_text_dialog.py" />
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <location filename="desktop/gui/annotations/article_text_dialog.py" />
            <location filename="desktop/gui/annotations/tag_color_dialog.py" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Ghi chú:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>◂ Thêm từ trước</source>
            <translation>◂ Add word before</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Bớt từ đầu ▸</source>
            <translation>Drop first word ▸</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>◂ Bớt từ cuối</source>
            <translation>◂ Drop last word</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Thêm từ sau ▸</source>
            <translation>Add word after ▸</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Như lúc chọn</source>
            <translation>As selected</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Đoạn trích bắt đầu sớm hơn một từ</source>
            <translation>Start the excerpt one word earlier</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Bỏ từ đầu tiên của đoạn trích</source>
            <translation>Leave out the first word of the excerpt</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Bỏ từ cuối cùng của đoạn trích</source>
            <translation>Leave out the last word of the excerpt</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Đoạn trích kết thúc muộn hơn một từ</source>
            <translation>End the excerpt one word later</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Trở lại đoạn trích như khi vừa bôi đen</source>
            <translation>Go back to the excerpt as it was selected</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_dialog.py" />
            <source>Giữ đúng từng ký tự đã bôi đen (không mở rộng thành trọn từ)</source>
            <translation>Keep exactly the characters selected (do not widen to whole words)</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_panel.py" />
            <source>⚠ Cần xem lại: không còn tìm thấy chắc chắn đoạn này</source>
            <translation>⚠ Needs review: this passage can no longer be found with confidence</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_panel.py" />
            <source>Ghi chú của bài đang đọc</source>
            <translation>Annotations of the article being read</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_panel.py" />
            <source>Sửa…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_panel.py" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_panel.py" />
            <location filename="desktop/gui/annotations/review_panel.py" />
            <source>Gắn vào đoạn đang chọn</source>
            <translation>Attach to selection</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_panel.py" />
            <source>Bôi đen đoạn đúng trong bài rồi bấm nút này</source>
            <translation>Select the right passage in the article, then click this button</translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/annotations/annotation_panel.py" />
            <source> · %Ln cần xem lại</source>
            <translation>
                <numerusform> · %Ln needs review</numerusform>
                <numerusform> · %Ln need review</numerusform>
            </translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_panel.py" />
            <source>Chưa có ghi chú. Bôi đen một đoạn rồi bấm “Tô sáng”.</source>
            <translation>No annotations yet. Select a passage, then click “Highlight”.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_spans.py" />
            <source>Thẻ: %1</source>
            <translation>Tags: %1</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_table_model.py" />
            <source>Đoạn trích</source>
            <translation>Excerpt</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_table_model.py" />
            <source>Bài viết</source>
            <translation>Article</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_table_model.py" />
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Thẻ</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_table_model.py" />
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Màu</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_table_model.py" />
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/annotation_table_model.py" />
            <source>Ngày tạo</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/article_text_dialog.py" />
            <source>Sửa nội dung: %1</source>
            <translation>Edit text: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/annotations/article_text_dialog.py" />
            <source>Sửa lỗi chính tả hoặc dán bản đúng của bài. %Ln ghi chú sẽ được gắn lại vào đoạn tương ứng; ghi chú nào không tìm thấy chắc chắn sẽ vào danh sách “Cần xem lại”, không bị xóa. Bản gốc khi nhập vẫn được giữ.</source>
            <translation>
                <numerusform>Fix typos or paste the correct version of the article. %Ln annotation will be reattached to its passage; if it cannot be found with confidence it goes to “Needs review” and is never deleted. The originally imported text is kept.</numerusform>
                <numerusform>Fix typos or paste the correct version of the article. %Ln annotations will be reattached to their passages; any that cannot be found with confidence go to “Needs review” and are never deleted. The originally imported text is kept.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/reimport_command.py" />
            <source>Thay bằng bản sửa “%1”</source>
            <translation>Replace with corrected “%1”</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/review_panel.py" />
            <source>Các ghi chú này không còn tìm thấy chắc chắn trong bài sau khi nội dung bị sửa. Mở bài, bôi đen đoạn đúng rồi bấm “Gắn vào đoạn đang chọn”.</source>
            <translation>These annotations can no longer be found with confidence after the text was edited. Open the article, select the right passage, then click “Attach to selection”.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/review_panel.py" />
            <source>Mở bài viết</source>
            <translation>Open article</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_color_dialog.py" />
            <source>Chọn màu thẻ</source>
            <translation>Choose tag colour</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_color_dialog.py" />
            <source>Màu khác…</source>
            <translation>Other colour…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_color_dialog.py" />
            <source>Chọn</source>
            <translation>Choose</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_color_dialog.py" />
            <source>Đã chọn: %1</source>
            <translation>Chosen: %1</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_color_dialog.py" />
            <source>Chưa chọn màu nào.</source>
            <translation>No colour chosen yet.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_color_dialog.py" />
            <source>Chọn màu khác</source>
            <translation>Choose another colour</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Quản lý thẻ</source>
            <translation>Manage tags</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Số ghi chú</source>
            <translation>Annotations</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Ý nghĩa</source>
            <translation>Meaning</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Thêm thẻ…</source>
            <translation>Add tag…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Đổi tên…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Gộp vào thẻ khác…</source>
            <translation>Merge into another tag…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Đổi màu…</source>
            <translation>Change colour…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Bỏ màu</source>
            <translation>Remove colour</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Xóa thẻ…</source>
            <translation>Delete tag…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Đổi ý nghĩa màu…</source>
            <translation>Change colour meaning…</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Chú giải màu (ý nghĩa bạn đặt cho từng màu):</source>
            <translation>Colour legend (the meaning you give each colour):</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Đổi tên thẻ “%1”</source>
            <translation>Rename tag “%1”</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Gộp thẻ “%1” vào “%2”</source>
            <translation>Merge tag “%1” into “%2”</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Đổi màu thẻ “%1”</source>
            <translation>Change colour of tag “%1”</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Xóa thẻ “%1”</source>
            <translation>Delete tag “%1”</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Hãy chọn một thẻ trong danh sách trước.</source>
            <translation>Select a tag in the list first.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <location filename="desktop/gui/annotations/tag_picker.py" />
            <source>Thêm thẻ</source>
            <translation>Add tag</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Tên thẻ (“cha/con” cho thẻ con):</source>
            <translation>Tag name (“parent/child” for a child tag):</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Thêm thẻ “%1”</source>
            <translation>Add tag “%1”</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Đổi tên thẻ</source>
            <translation>Rename tag</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Tên mới:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Đổi tên</source>
            <translation>Rename</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Gộp thẻ</source>
            <translation>Merge tags</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Chưa có thẻ nào khác để gộp vào.</source>
            <translation>There is no other tag to merge into yet.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Gộp “%1” vào thẻ:</source>
            <translation>Merge “%1” into tag:</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Gộp</source>
            <translation>Merge</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Màu của thẻ “%1”</source>
            <translation>Colour of tag “%1”</translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Xóa thẻ “%1”? %Ln ghi chú đang có thẻ này sẽ bỏ thẻ đó nhưng vẫn được giữ nguyên cùng các thẻ khác. Có thể hoàn tác bằng Ctrl+Z.</source>
            <translation>
                <numerusform>Delete tag “%1”? The %Ln annotation carrying it loses this tag but is kept, with its other tags. Ctrl+Z undoes this.</numerusform>
                <numerusform>Delete tag “%1”? The %Ln annotations carrying it lose this tag but are kept, with their other tags. Ctrl+Z undoes this.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Xóa thẻ</source>
            <translation>Delete tag</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Chú giải màu</source>
            <translation>Colour legend</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Hãy chọn một màu trong chú giải trước.</source>
            <translation>Select a colour in the legend first.</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Ý nghĩa của màu</source>
            <translation>Colour meaning</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_manager_dialog.py" />
            <source>Màu này nghĩa là:</source>
            <translation>This colour means:</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_picker.py" />
            <source>Gõ tên thẻ rồi nhấn Enter (“cha/con” cho thẻ con)</source>
            <translation>Type a tag name and press Enter (“parent/child” for a child tag)</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_picker.py" />
            <source>Các thẻ đã chọn</source>
            <translation>Selected tags</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_picker.py" />
            <source>Bỏ thẻ đã chọn</source>
            <translation>Remove selected tag</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/tag_picker.py" />
            <source> (thẻ mới)</source>
            <translation> (new tag)</translation>
        </message>
        <message>
            <source>Xoá ghi chú</source>
            <translation type="vanished">Delete annotation</translation>
        </message>
        <message>
            <source>Đã xoá ghi chú. Ctrl+Z để hoàn tác.</source>
            <translation type="vanished">Annotation deleted. Ctrl+Z to undo.</translation>
        </message>
        <message>
            <source>Xoá</source>
            <translation type="vanished">Delete</translation>
        </message>
        <message>
            <source>Huỷ</source>
            <translation type="vanished">Cancel</translation>
        </message>
        <message>
            <source>Đang hiện %1 trên %2 ghi chú</source>
            <translation type="vanished">Showing %1 of %2 annotations</translation>
        </message>
        <message>
            <source>%1 ghi chú</source>
            <translation type="vanished">%1 annotation(s)</translation>
        </message>
        <message>
            <source> · %1 cần xem lại</source>
            <translation type="vanished"> · %1 need review</translation>
        </message>
        <message>
            <source>Sửa lỗi chính tả hoặc dán bản đúng của bài. %1 ghi chú sẽ được gắn lại vào đoạn tương ứng; ghi chú nào không tìm thấy chắc chắn sẽ vào danh sách “Cần xem lại”, không bị xoá. Bản gốc khi nhập vẫn được giữ.</source>
            <translation type="vanished">Fix typos or paste the correct version of the article. %1 annotation(s) will be reattached to their passages; any that cannot be found with confidence go to “Needs review” and are never deleted. The originally imported text is kept.</translation>
        </message>
        <message>
            <source>Màu tô sáng</source>
            <translation type="vanished">Highlight colour</translation>
        </message>
        <message>
            <source>Xoá thẻ…</source>
            <translation type="vanished">Delete tag…</translation>
        </message>
        <message>
            <source>Xoá thẻ “%1”</source>
            <translation type="vanished">Delete tag “%1”</translation>
        </message>
        <message>
            <source>Xoá thẻ “%1”? %2 ghi chú đang có thẻ này sẽ bỏ thẻ đó nhưng vẫn được giữ nguyên cùng các thẻ khác. Có thể hoàn tác bằng Ctrl+Z.</source>
            <translation type="vanished">Delete tag “%1”? The %2 annotation(s) carrying it lose this tag but are kept, with their other tags. Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <source>Xoá thẻ</source>
            <translation type="vanished">Delete tag</translation>
        </message>
    </context>
    <context>
        <name>ArticleTableModel</name>
        <message>
            <location filename="desktop/gui/library/article_table_model.py" />
            <source>Tiêu đề</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="desktop/gui/library/article_table_model.py" />
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="desktop/gui/library/article_table_model.py" />
            <source>Ngày đăng</source>
            <translation>Published</translation>
        </message>
        <message>
            <location filename="desktop/gui/library/article_table_model.py" />
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="desktop/gui/library/article_table_model.py" />
            <source>Số hiệu</source>
            <translation>Number</translation>
        </message>
    </context>
    <context>
        <name>Asking</name>
        <message>
            <location filename="desktop/gui/asking.py" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="desktop/gui/asking.py" />
            <source>Đồng ý</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="desktop/gui/features/backups.py" />
            <source>Sao lưu ngay</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/backups.py" />
            <source>Khôi phục từ bản sao lưu…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/backups.py" />
            <source>Đang sao lưu thư viện…</source>
            <translation>Backing up the library…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/backups.py" />
            <source>Đã sao lưu thư viện.</source>
            <translation>Library backed up.</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/backups.py" />
            <source>Đưa thư viện về trạng thái lúc %1? Trạng thái hiện tại sẽ được sao lưu trước.</source>
            <translation>Return the library to its state at %1? The current state is backed up first.</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/backups.py" />
            <source>Khôi phục thư viện</source>
            <translation>Restore library</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/backups.py" />
            <source>Khôi phục</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/backups.py" />
            <source>Đã khôi phục thư viện từ bản sao lưu lúc %1.</source>
            <translation>Library restored from the backup of %1.</translation>
        </message>
    </context>
    <context>
        <name>Colors</name>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Đỏ</source>
            <translation>Red</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Cam</source>
            <translation>Orange</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Vàng</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Xanh lá mạ</source>
            <translation>Light green</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Xanh lá cây</source>
            <translation>Green</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Xanh ngọc</source>
            <translation>Turquoise</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Xanh dương</source>
            <translation>Blue</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Chàm</source>
            <translation>Indigo</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Tím</source>
            <translation>Purple</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Hồng</source>
            <translation>Pink</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Nâu</source>
            <translation>Brown</translation>
        </message>
        <message>
            <location filename="desktop/gui/annotations/color_swatch.py" />
            <source>Xám</source>
            <translation>Grey</translation>
        </message>
    </context>
    <context>
        <name>CopyCitation</name>
        <message>
            <location filename="desktop/gui/features/copy_citation.py" />
            <source>Sao chép kèm trích dẫn</source>
            <translation>Copy with citation</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/copy_citation.py" />
            <source>Sao chép đoạn đang chọn kèm nguồn: bài, báo, tác giả, ngày, đoạn (%1)</source>
            <translation>Copy the selected passage with its source: article, newspaper, author, date, paragraph (%1)</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/copy_citation.py" />
            <source>Sao chép các trích dẫn đã chọn kèm ghi chú</source>
            <translation>Copy the selected excerpts with their notes</translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/features/copy_citation.py" />
            <source>Đã sao chép %n trích dẫn kèm nguồn: dán vào Word hoặc LibreOffice (Ctrl+V).</source>
            <translation>
                <numerusform>Copied %n excerpt with its source: paste it into Word or LibreOffice (Ctrl+V).</numerusform>
                <numerusform>Copied %n excerpts with their sources: paste them into Word or LibreOffice (Ctrl+V).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="desktop/gui/error_dialogs.py" />
            <source>Đã xảy ra lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; hãy thử lại hoặc báo cho bộ phận hỗ trợ.</source>
            <translation>An unexpected error occurred. Your saved data is safe; please try again or tell your support team.</translation>
        </message>
        <message>
            <location filename="desktop/gui/error_dialogs.py" />
            <source>Không thực hiện được</source>
            <translation>Could not do that</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Bài viết đang đọc</source>
            <translation>The article being read</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Các bài viết đánh dấu dưới đây</source>
            <translation>The articles ticked below</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Ghi chú đang lọc ở Duyệt ghi chú</source>
            <translation>Annotations filtered in the browser</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Các thẻ đánh dấu dưới đây (cả thẻ con)</source>
            <translation>The tags ticked below (and child tags)</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Toàn bộ thư viện</source>
            <translation>The whole library</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Word (.docx)</source>
            <translation>Word (.docx)</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Markdown (.md)</source>
            <translation>Markdown (.md)</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Bảng tính Excel (.csv)</source>
            <translation>Excel spreadsheet (.csv)</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>PDF (.pdf)</source>
            <translation>PDF (.pdf)</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Tệp ghi chú để chia sẻ (.jsonld)</source>
            <translation>Annotations to share (.jsonld)</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Hành chính (Nghị định 30/2020/NĐ-CP)</source>
            <translation>State (Decree 30/2020/NĐ-CP)</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Văn bản Đảng (Hướng dẫn 36-HD/VPTW)</source>
            <translation>Party (Guidance 36-HD/VPTW)</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Theo thẻ</source>
            <translation>By tag</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Theo bài viết</source>
            <translation>By article</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_choices.py" />
            <source>Theo ngày đăng</source>
            <translation>By publication date</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_dialog.py" />
            <location filename="desktop/gui/export/export_runner.py" />
            <source>Xuất trích dẫn</source>
            <translation>Export excerpts</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_dialog.py" />
            <source>Mở tệp</source>
            <translation>Open file</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_dialog.py" />
            <source>Mở thư mục</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_dialog.py" />
            <source>Xuất…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_dialog.py" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_dialog.py" />
            <source>Hãy đánh dấu ít nhất một bài viết.</source>
            <translation>Tick at least one article.</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_dialog.py" />
            <source>Hãy đánh dấu ít nhất một thẻ.</source>
            <translation>Tick at least one tag.</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_dialog.py" />
            <source>Lưu tài liệu</source>
            <translation>Save document</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_dialog.py" />
            <source>Không xuất được</source>
            <translation>Could not export</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Nguồn trích dẫn</source>
            <translation>Citations</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Tên bài, báo, tác giả, ngày đăng và số đoạn dưới mỗi trích dẫn</source>
            <translation>Article title, newspaper, author, date and paragraph under each excerpt</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Thẻ</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Cả câu chứa đoạn trích</source>
            <translation>Whole sentence around it</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Bảng tổng hợp số lượng</source>
            <translation>Summary tables</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Số trích dẫn theo thẻ và theo bài viết</source>
            <translation>Number of excerpts per tag and per article</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Phụ lục toàn văn</source>
            <translation>Full-text appendix</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Toàn văn các bài viết, đoạn trích được tô màu</source>
            <translation>The articles in full, with the excerpts highlighted</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Mục lục có số trang</source>
            <translation>Contents with page numbers</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Cơ quan chủ quản
Đơn vị</source>
            <translation>Governing body
Unit</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Đảng bộ cấp trên
Chi bộ hoặc đảng ủy</source>
            <translation>Superior Party body
Cell or Party committee</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>ví dụ 15/BC-UBND</source>
            <translation>e.g. 15/BC-UBND</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>ví dụ 15-BC/ĐU</source>
            <translation>e.g. 15-BC/ĐU</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Trình bày</source>
            <translation>Layout</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Định dạng</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Thể thức</source>
            <translation>Layout</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Nhóm</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Tên tài liệu</source>
            <translation>Document title</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Cơ quan, đơn vị</source>
            <translation>Agency, unit</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Số, ký hiệu</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Địa danh</source>
            <translation>Place name</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Cỡ chữ</source>
            <translation>Font size</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Kèm theo</source>
            <translation>Include</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Bảng tính (.csv) và tệp ghi chú để chia sẻ (.jsonld) không có mục lục.</source>
            <translation>A spreadsheet (.csv) and a shared notes file (.jsonld) have no table of contents.</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Mục lục của tệp Word cần LibreOffice (miễn phí, libreoffice.org) để đánh số trang, mà máy này chưa có. Bản PDF và Markdown vẫn có mục lục.</source>
            <translation>A Word file's contents need LibreOffice (free, libreoffice.org) to number the pages, and this computer does not have it. PDF and Markdown still get contents.</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Số trang của từng mục, tính khi xuất tệp.</source>
            <translation>The page of each section, counted when the file is exported.</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_layout_box.py" />
            <source>Mục lục Word cần LibreOffice (miễn phí).</source>
            <translation>Word contents need LibreOffice (free).</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_preview.py" />
            <source>Mục</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_preview.py" />
            <source>Số trích dẫn</source>
            <translation>Excerpts</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_preview.py" />
            <source>Trang đầu</source>
            <translation>First page</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_preview.py" />
            <source>Dàn ý</source>
            <translation>Outline</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_preview.py" />
            <source>Không có trích dẫn nào phù hợp với lựa chọn.</source>
            <translation>No excerpt matches your choice.</translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/export/export_preview.py" />
            <source>%n trích dẫn</source>
            <translation>
                <numerusform>%n excerpt</numerusform>
                <numerusform>%n excerpts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/export/export_preview.py" />
            <source>%n bài viết</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_preview.py" />
            <source>Sẽ xuất %1 từ %2.</source>
            <translation>Will export %1 from %2.</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_preview.py" />
            <source>Các dòng đầu</source>
            <translation>First rows</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_preview.py" />
            <source>Nội dung tệp</source>
            <translation>File contents</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_runner.py" />
            <source>Đang tạo tài liệu…</source>
            <translation>Creating the document…</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_runner.py" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_runner.py" />
            <source>Đang viết trích dẫn %1/%2…</source>
            <translation>Writing excerpt %1/%2…</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_runner.py" />
            <source>Đã hủy xuất: chưa ghi tệp nào.</source>
            <translation>Export cancelled: no file was written.</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_runner.py" />
            <source>Đang tính số trang cho mục lục (LibreOffice)…</source>
            <translation>Counting the pages for the contents (LibreOffice)…</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_scope_box.py" />
            <source>Xuất gì</source>
            <translation>What to export</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_scope_box.py" />
            <source>Lọc theo tiêu đề (gõ không dấu cũng được)</source>
            <translation>Filter by title (diacritics optional)</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_scope_box.py" />
            <source>Chỉ bài đăng từ</source>
            <translation>Published from</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/export_scope_box.py" />
            <source>đến</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/import_annotations_command.py" />
            <source>Nhập ghi chú từ “%1”</source>
            <translation>Import annotations from “%1”</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/import_annotations_flow.py" />
            <source>… và %1 dòng nữa.</source>
            <translation>… and %1 more line(s).</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/import_annotations_flow.py" />
            <source>Không nhập được ghi chú</source>
            <translation>Could not import annotations</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/import_annotations_flow.py" />
            <location filename="desktop/gui/export/import_annotations_runner.py" />
            <source>Nhập ghi chú</source>
            <translation>Import annotations</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/import_annotations_flow.py" />
            <source>Không có gì mới để nhập. </source>
            <translation>Nothing new to import. </translation>
        </message>
        <message>
            <location filename="desktop/gui/export/import_annotations_flow.py" />
            <source>Nhập ghi chú từ “%1”?
</source>
            <translation>Import annotations from “%1”?
</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/import_annotations_flow.py" />
            <source>Chọn tệp ghi chú của đồng nghiệp (.jsonld)</source>
            <translation>Choose a colleague's annotation file (.jsonld)</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/import_annotations_flow.py" />
            <source>Tệp ghi chú để chia sẻ (*.jsonld *.json)</source>
            <translation>Shared notes file (*.jsonld *.json)</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/import_annotations_runner.py" />
            <source>Đang tìm chỗ cho các ghi chú…</source>
            <translation>Placing the annotations…</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/import_annotations_runner.py" />
            <source>Dừng</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location filename="desktop/gui/export/import_annotations_runner.py" />
            <source>Đang tìm chỗ cho ghi chú %1/%2…</source>
            <translation>Placing annotation %1 of %2…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/export.py" />
            <source>&amp;Xuất…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/export.py" />
            <source>Xuất trích dẫn ra Word, PDF, Markdown, CSV hoặc tệp chú thích W3C (.jsonld)</source>
            <translation>Export excerpts to Word, PDF, Markdown, CSV or a W3C annotation file (.jsonld)</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/export.py" />
            <source>&amp;Nhập ghi chú của đồng nghiệp (tệp .jsonld)…</source>
            <translation>&amp;Import a colleague's annotations (.jsonld file)…</translation>
        </message>
        <message>
            <source>Bảng dữ liệu (CSV, JSON-LD) không có mục lục.</source>
            <translation type="vanished">Data tables (CSV, JSON-LD) have no contents.</translation>
        </message>
        <message>
            <source>Các bài viết chọn dưới đây</source>
            <translation type="vanished">The articles ticked below</translation>
        </message>
        <message>
            <source>Các ghi chú đang lọc trong danh sách ghi chú</source>
            <translation type="vanished">The annotations filtered in the annotation browser</translation>
        </message>
        <message>
            <source>Các thẻ chọn dưới đây (gồm cả thẻ con)</source>
            <translation type="vanished">The tags ticked below (child tags included)</translation>
        </message>
        <message>
            <source>CSV cho Excel (.csv)</source>
            <translation type="vanished">CSV for Excel (.csv)</translation>
        </message>
        <message>
            <source>Tệp chú thích W3C (.jsonld)</source>
            <translation type="vanished">W3C annotation file (.jsonld)</translation>
        </message>
        <message>
            <source>Nguồn trích dẫn (bài, báo, tác giả, ngày, đoạn)</source>
            <translation type="vanished">Citation (article, outlet, author, date, paragraph)</translation>
        </message>
        <message>
            <source>Bảng tổng hợp số trích dẫn theo thẻ và theo bài</source>
            <translation type="vanished">Summary table of excerpts per tag and per article</translation>
        </message>
        <message>
            <source>Mục lục</source>
            <translation type="vanished">Table of contents</translation>
        </message>
        <message>
            <source>Phụ lục: toàn văn bài viết có đánh dấu</source>
            <translation type="vanished">Appendix: full text of the articles with highlights</translation>
        </message>
        <message>
            <source>Sẽ xuất %1 trích dẫn từ %2 bài viết.</source>
            <translation type="vanished">%1 excerpt(s) from %2 article(s) will be exported.</translation>
        </message>
        <message>
            <source>Tệp chú thích W3C (*.jsonld *.json)</source>
            <translation type="vanished">W3C annotation files (*.jsonld *.json)</translation>
        </message>
        <message>
            <source>W3C Web Annotation (.jsonld)</source>
            <translation type="vanished">W3C Web Annotation (.jsonld)</translation>
        </message>
        <message>
            <source>Huỷ</source>
            <translation type="vanished">Cancel</translation>
        </message>
        <message>
            <source>Đã huỷ xuất: chưa ghi tệp nào.</source>
            <translation type="vanished">Export cancelled: no file was written.</translation>
        </message>
        <message>
            <source>Chọn tệp ghi chú (W3C JSON-LD)</source>
            <translation type="vanished">Choose an annotation file (W3C JSON-LD)</translation>
        </message>
        <message>
            <source>Ghi chú W3C (*.jsonld *.json)</source>
            <translation type="vanished">W3C annotations (*.jsonld *.json)</translation>
        </message>
        <message>
            <source>Xuất trích dẫn ra Word, PDF, Markdown, CSV hoặc JSON-LD</source>
            <translation type="vanished">Export excerpts to Word, PDF, Markdown, CSV or JSON-LD</translation>
        </message>
        <message>
            <source>&amp;Nhập ghi chú từ đồng nghiệp (JSON-LD)…</source>
            <translation type="vanished">&amp;Import a colleague's annotations (JSON-LD)…</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="desktop/gui/features/help.py" />
            <source>&amp;Phím tắt</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/help.py" />
            <source>Khác</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="desktop/gui/help/shortcut_sheet.py" />
            <source>Phím tắt</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="desktop/gui/help/shortcut_sheet.py" />
            <source>Mọi lệnh có phím tắt. Tab và Shift+Tab chuyển giữa các ô; mũi tên di chuyển trong danh sách.</source>
            <translation>Every command that has a shortcut. Tab and Shift+Tab move between fields; arrow keys move in lists.</translation>
        </message>
        <message>
            <location filename="desktop/gui/help/shortcut_sheet.py" />
            <source>Tìm lệnh hoặc phím…</source>
            <translation>Find a command or key…</translation>
        </message>
        <message>
            <location filename="desktop/gui/help/shortcut_sheet.py" />
            <source>Tìm phím tắt</source>
            <translation>Find a shortcut</translation>
        </message>
        <message>
            <location filename="desktop/gui/help/shortcut_sheet.py" />
            <source>Bảng phím tắt</source>
            <translation>Shortcut table</translation>
        </message>
        <message>
            <location filename="desktop/gui/help/shortcut_sheet.py" />
            <source>Nhóm</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="desktop/gui/help/shortcut_sheet.py" />
            <source>Lệnh</source>
            <translation>Command</translation>
        </message>
        <message>
            <location filename="desktop/gui/help/shortcut_sheet.py" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Importing</name>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <source>&amp;Nhập tệp…</source>
            <translation>&amp;Import files…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <source>Nhập &amp;thư mục…</source>
            <translation>Import &amp;folder…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <source>&amp;Bài mới từ bảng tạm…</source>
            <translation>New article from &amp;clipboard…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <source>Thuộc tính &amp;bài viết…</source>
            <translation>&amp;Article properties…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <source>Xem &amp;văn bản gốc…</source>
            <translation>View &amp;original text…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <source>Thêm bài viết từ nội dung vừa chép (Ctrl+C) trong trình duyệt hoặc văn bản khác</source>
            <translation>Add an article from what you just copied (Ctrl+C) in a browser or another document</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <source>Nhập bài viết từ tệp .docx, .doc, .pdf, .rtf, .odt, .txt, .md, .html (hoặc kéo thả tệp vào cửa sổ)</source>
            <translation>Import articles from .docx, .doc, .pdf, .rtf, .odt, .txt, .md, .html files (or drop files on the window)</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <source>Chọn tệp để nhập</source>
            <translation>Choose files to import</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <source>Chọn thư mục để nhập (cả các thư mục con)</source>
            <translation>Choose a folder to import (subfolders included)</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <location filename="desktop/gui/importing/clipboard_import_dialog.py" />
            <source>Bài mới từ bảng tạm</source>
            <translation>New article from clipboard</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <source>Bảng tạm đang trống. Hãy chép (Ctrl+C) nội dung bài viết trong trình duyệt hoặc trong một văn bản, rồi chọn lại “Bài mới từ bảng tạm”.</source>
            <translation>The clipboard is empty. Copy (Ctrl+C) the article's text in a browser or a document, then choose “New article from clipboard” again.</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/importing.py" />
            <source>Đã thêm bài “%1”.</source>
            <translation>Added article “%1”.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/article_properties_dialog.py" />
            <source>Thuộc tính bài viết</source>
            <translation>Article properties</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/article_properties_dialog.py" />
            <source>vd. 09/08/2021 06:38 (để trống nếu không rõ)</source>
            <translation>e.g. 09/08/2021 06:38 (leave empty if unknown)</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/article_properties_dialog.py" />
            <source>Mỗi dòng một văn bản, vd. Chỉ thị 05-CT/TW</source>
            <translation>One document per line, e.g. Chỉ thị 05-CT/TW</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/article_properties_dialog.py" />
            <location filename="desktop/gui/importing/clipboard_import_dialog.py" />
            <source>&amp;Tiêu đề:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/article_properties_dialog.py" />
            <location filename="desktop/gui/importing/clipboard_import_dialog.py" />
            <source>&amp;Nguồn:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/article_properties_dialog.py" />
            <location filename="desktop/gui/importing/clipboard_import_dialog.py" />
            <source>Tác &amp;giả:</source>
            <translation>A&amp;uthor:</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/article_properties_dialog.py" />
            <location filename="desktop/gui/importing/clipboard_import_dialog.py" />
            <source>Ngày đăng:</source>
            <translation>Published:</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/article_properties_dialog.py" />
            <source>Văn bản được nhắc đến:</source>
            <translation>Documents cited:</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/article_properties_dialog.py" />
            <source>Nhập từ: %1 · Bảng mã: %2 · Lúc: %3</source>
            <translation>Imported from: %1 · Encoding: %2 · At: %3</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/article_properties_dialog.py" />
            <source>Tiêu đề bài viết không được để trống.</source>
            <translation>The article title cannot be empty.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/clipboard_import_dialog.py" />
            <source>vd. 09/08/2021 06:38</source>
            <translation>e.g. 09/08/2021 06:38</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/clipboard_import_dialog.py" />
            <source>Đã bỏ %1 dòng không thuộc bài (menu, tin liên quan, bình luận…); xem lại được sau khi nhập.</source>
            <translation>Left out %1 line(s) that are not part of the article (menus, related news, comments…); you can review them after importing.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/clipboard_import_dialog.py" />
            <source>Xem trước nội dung sẽ được nhập:</source>
            <translation>Preview of the text to import:</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/clipboard_import_dialog.py" />
            <source>Thêm vào thư viện</source>
            <translation>Add to library</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/encoding_choice_dialog.py" />
            <source>Chọn bảng mã cho “%1”</source>
            <translation>Choose the encoding of “%1”</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/encoding_choice_dialog.py" />
            <source>Không xác định chắc chắn được bảng mã của tệp này. Hãy chọn bảng mã làm cho chữ tiếng Việt hiển thị đúng trong phần xem trước.</source>
            <translation>The encoding of this file could not be determined with certainty. Choose the encoding that makes the Vietnamese text display correctly in the preview.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/encoding_choice_dialog.py" />
            <source>Bảng mã:</source>
            <translation>Encoding:</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/encoding_choice_dialog.py" />
            <source>Nhập với bảng mã này</source>
            <translation>Import with this encoding</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/encoding_choice_dialog.py" />
            <source>(Không đọc được tệp với bảng mã này.)</source>
            <translation>(The file cannot be read with this encoding.)</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_commands.py" />
            <source>Sửa thuộc tính bài viết</source>
            <translation>Edit article properties</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_commands.py" />
            <source>Khôi phục dòng đã loại</source>
            <translation>Restore removed line</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_commands.py" />
            <source>Ẩn dòng khỏi bài</source>
            <translation>Hide line from the article</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_results_dialog.py" />
            <source>Kết quả nhập</source>
            <translation>Import results</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_results_dialog.py" />
            <source>Nhấp đúp vào một dòng để mở bài viết.</source>
            <translation>Double-click a row to open the article.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_results_model.py" />
            <source>Đã có trong thư viện: “%1”</source>
            <translation>Already in the library: “%1”</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_results_model.py" />
            <source>Chưa rõ bảng mã: cần chọn bảng mã để nhập</source>
            <translation>Unknown encoding: choose one to import</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_results_model.py" />
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_results_model.py" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_results_model.py" />
            <source>Chi tiết</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_results_model.py" />
            <source>Đã nhập</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_results_model.py" />
            <source>Đã có</source>
            <translation>Already present</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_results_model.py" />
            <source>Lỗi</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_results_model.py" />
            <source>Chưa nhập</source>
            <translation>Not imported</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_runner.py" />
            <source>Đang nhập dở: hãy chờ lần nhập trước xong hoặc hủy nó.</source>
            <translation>An import is running: wait for it to finish or cancel it.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_runner.py" />
            <source>Đang đọc các tệp…</source>
            <translation>Reading the files…</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_runner.py" />
            <source>Dừng nhập</source>
            <translation>Stop importing</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_runner.py" />
            <source>Nhập bài viết</source>
            <translation>Import articles</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_runner.py" />
            <source>Đang nhập bài viết…</source>
            <translation>Importing articles…</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_runner.py" />
            <source>Đang dừng sau bài đang đọc…</source>
            <translation>Stopping after the current article…</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_runner.py" />
            <source>Đang nhập %1/%2: %3</source>
            <translation>Importing %1/%2: %3</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_runner.py" />
            <source>Đang đọc “%1”: trang %2/%3</source>
            <translation>Reading “%1”: page %2/%3</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_runner.py" />
            <source>Không nhập được “%1”: chưa chọn bảng mã.</source>
            <translation>Could not import “%1”: no encoding chosen.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/import_runner.py" />
            <source>Thư viện đang mở ở chế độ chỉ đọc: không thể nhập bài viết.</source>
            <translation>The library is open read-only: articles cannot be imported.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/original_lines_model.py" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/original_lines_model.py" />
            <source>Dòng trong văn bản gốc</source>
            <translation>Line in the original text</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/original_lines_model.py" />
            <source>Đã loại: %1</source>
            <translation>Removed: %1</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/original_lines_model.py" />
            <source>Trong bài</source>
            <translation>In the article</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/original_text_dialog.py" />
            <source>Văn bản gốc: %1</source>
            <translation>Original text: %1</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/original_text_dialog.py" />
            <source>&amp;Khôi phục dòng vào bài</source>
            <translation>&amp;Restore line to the article</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/original_text_dialog.py" />
            <source>Ẩ&amp;n dòng khỏi bài</source>
            <translation>&amp;Hide line from the article</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/original_text_dialog.py" />
            <source>Khi nhập đã loại %1 dòng không thuộc bài (dòng gạch ngang). Khôi phục một dòng để đưa nó trở lại bài; các đánh dấu vẫn giữ đúng chỗ.</source>
            <translation>Importing left out %1 line(s) that are not part of the article (struck through). Restore a line to put it back in the article; highlights stay in place.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/published_field.py" />
            <source>Không hiểu ngày đăng “%1”: hãy viết dạng ngày/tháng/năm, vd. 09/08/2021 06:38.</source>
            <translation>Cannot read the date “%1”: write it as day/month/year, e.g. 09/08/2021 06:38.</translation>
        </message>
        <message>
            <source>Nhập bài viết từ tệp .txt, .md, .docx, .html (hoặc kéo thả tệp vào cửa sổ)</source>
            <translation type="vanished">Import articles from .txt, .md, .docx, .html files (or drop files on the window)</translation>
        </message>
        <message>
            <source>&amp;Bài mới từ clipboard…</source>
            <translation type="vanished">New article from &amp;clipboard…</translation>
        </message>
        <message>
            <source>Bài mới từ clipboard</source>
            <translation type="vanished">New article from clipboard</translation>
        </message>
        <message>
            <source>Đang nhập dở: hãy chờ lần nhập trước xong hoặc huỷ nó.</source>
            <translation type="vanished">An import is running: wait for it to finish or cancel it.</translation>
        </message>
    </context>
    <context>
        <name>Keyphrases</name>
        <message>
            <location filename="desktop/gui/keyphrases/citing_articles_menu.py" />
            <source>%1 · %2 bài viết dẫn</source>
            <translation>%1 · cited by %2 article(s)</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/citing_articles_menu.py" />
            <source>%1 (đang đọc)</source>
            <translation>%1 (reading)</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/citing_articles_menu.py" />
            <source>Chưa có bài viết nào dẫn văn bản này.</source>
            <translation>No article cites this document yet.</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_commands.py" />
            <source>Thêm thuật ngữ “%1”</source>
            <translation>Add term “%1”</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_commands.py" />
            <source>Xóa thuật ngữ “%1”</source>
            <translation>Delete term “%1”</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_commands.py" />
            <source>Chuyển “%1” sang nhóm khác</source>
            <translation>Move “%1” to another group</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Thêm thuật ngữ</source>
            <translation>Add term</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>ví dụ: bộ phận một cửa</source>
            <translation>e.g. bộ phận một cửa</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>&amp;Thuật ngữ:</source>
            <translation>&amp;Term:</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>&amp;Nhóm:</source>
            <translation>&amp;Group:</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Bảng thuật ngữ</source>
            <translation>Glossary</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Lọc thuật ngữ hoặc nhóm (gõ không dấu cũng được)</source>
            <translation>Filter terms or groups (diacritics optional)</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>&amp;Thêm…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>&amp;Xóa</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Thuật ngữ có sẵn được ẩn đi; Hoàn tác hoặc Khôi phục để dùng lại</source>
            <translation>Built-in terms are hidden; Undo or Restore brings them back</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>&amp;Khôi phục</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Đổi &amp;nhóm…</source>
            <translation>Change &amp;group…</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>&amp;Nhập từ tệp…</source>
            <translation>&amp;Import from file…</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>&amp;Xuất ra tệp…</source>
            <translation>E&amp;xport to file…</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>%1 thuật ngữ đang dùng, %2 của bạn.</source>
            <translation>%1 term(s) in use, %2 of them yours.</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Xóa %1 thuật ngữ</source>
            <translation>Delete %1 term(s)</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Đổi nhóm</source>
            <translation>Change group</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Nhập thuật ngữ</source>
            <translation>Import terms</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Tệp văn bản (*.txt);;Mọi tệp (*)</source>
            <translation>Text files (*.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Đã thêm %1 thuật ngữ; bỏ qua %2 thuật ngữ đã có.</source>
            <translation>Added %1 term(s); skipped %2 already present.</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Xuất thuật ngữ của tôi</source>
            <translation>Export my terms</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Tệp văn bản (*.txt)</source>
            <translation>Text files (*.txt)</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_dialog.py" />
            <source>Đã ghi %1 thuật ngữ ra tệp.</source>
            <translation>Wrote %1 term(s) to the file.</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_table_model.py" />
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Thuật ngữ</source>
            <translation>Term</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_table_model.py" />
            <source>Nhóm</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_table_model.py" />
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_table_model.py" />
            <source>Có sẵn, đã ẩn</source>
            <translation>Built-in, hidden</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_table_model.py" />
            <source>Của tôi</source>
            <translation>Mine</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/glossary_table_model.py" />
            <source>Có sẵn</source>
            <translation>Built-in</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_controller.py" />
            <source>&amp;Cụm từ khóa</source>
            <translation>&amp;Key phrases</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_controller.py" />
            <source>&amp;Bảng thuật ngữ…</source>
            <translation>&amp;Glossary…</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_controller.py" />
            <source>Thêm, xóa, nhóm, nhập và xuất thuật ngữ được tô trong bài viết</source>
            <translation>Add, delete, group, import and export the terms marked in articles</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_controller.py" />
            <source>Cụm từ khóa</source>
            <translation>Key phrases</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_controller.py" />
            <source>&amp;Bảng cụm từ khóa</source>
            <translation>Key phrase &amp;panel</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_controller.py" />
            <source>Hiện hay ẩn danh sách cụm từ khóa của bài bên phải</source>
            <translation>Show or hide the article's key phrases on the right</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_controller.py" />
            <source>Không đọc được thống kê cụm từ nổi bật.</source>
            <translation>Could not read the salient-phrase statistics.</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_controller.py" />
            <source>“%1”: chỗ %2 trên %3</source>
            <translation>“%1”: occurrence %2 of %3</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_controller.py" />
            <source>Đã thêm “%1” vào bảng thuật ngữ.</source>
            <translation>Added “%1” to the glossary.</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_list_model.py" />
            <source>Cụm từ</source>
            <translation>Phrase</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_list_model.py" />
            <source>Số lần</source>
            <translation>Count</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_list_model.py" />
            <source>Bấm để đi lần lượt tới từng chỗ xuất hiện</source>
            <translation>Click to go to each occurrence in turn</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>Cụm từ chính của bài</source>
            <translation>Main phrases of the article</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>Mọi cụm từ khóa của bài</source>
            <translation>Every key phrase of the article</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>Mọi cụm từ khóa</source>
            <translation>Every key phrase</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>&amp;Thêm vào bảng thuật ngữ</source>
            <translation>&amp;Add to glossary</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>Từ nay cụm từ này được tô như một thuật ngữ trong mọi bài viết</source>
            <translation>From now on this phrase is marked as a term in every article</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>Bài viết &amp;dẫn văn bản này…</source>
            <translation>Articles &amp;citing this document…</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>Các bài viết trong thư viện dẫn cùng văn bản</source>
            <translation>Articles in the library citing the same document</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>Mở một bài viết để xem cụm từ khóa.</source>
            <translation>Open an article to see its key phrases.</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>Mọi cụm từ khóa (%1)</source>
            <translation>Every key phrase (%1)</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>Chỗ xuất hiện tiếp theo</source>
            <translation>Next occurrence</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>Bài viết dẫn văn bản này…</source>
            <translation>Articles citing this document…</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_panel.py" />
            <source>Thêm vào bảng thuật ngữ</source>
            <translation>Add to glossary</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Văn bản được dẫn</source>
            <translation>Cited documents</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Cụm từ chính</source>
            <translation>Main phrases</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Gạch chân xanh lục: mọi thuật ngữ của bảng thuật ngữ có trong bài</source>
            <translation>Green underline: every glossary term in the article</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Chữ xanh gạch chân: số hiệu văn bản; bấm để xem các bài viết dẫn văn bản đó</source>
            <translation>Blue underlined text: a document number; click to see the articles citing it</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Nền tím nhạt: các cụm từ chính của bài (thuật ngữ, tên riêng, cụm từ đặc trưng)</source>
            <translation>Pale lavender: the article's main phrases (terms, names, characteristic phrases)</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Tên người</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Cơ quan, tổ chức</source>
            <translation>Body or organisation</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Địa danh</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Viết tắt</source>
            <translation>Abbreviation</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Cụm từ nổi bật</source>
            <translation>Salient phrases</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Thuật ngữ · %1</source>
            <translation>Term · %1</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>%1
Bấm để xem các bài viết dẫn văn bản này</source>
            <translation>%1
Click to see the articles citing this document</translation>
        </message>
        <message>
            <location filename="desktop/gui/keyphrases/keyphrase_styles.py" />
            <source>Cụm từ chính thứ %1 của bài</source>
            <translation>Main phrase no. %1 of the article</translation>
        </message>
        <message>
            <source>Loại</source>
            <translation type="vanished">Kind</translation>
        </message>
        <message>
            <source>Cụm từ khóa của bài viết</source>
            <translation type="vanished">Key phrases of the article</translation>
        </message>
        <message>
            <source>Gạch chân xanh lục: thuật ngữ trong bảng thuật ngữ</source>
            <translation type="vanished">Green underline: a term from the glossary</translation>
        </message>
        <message>
            <source>Nền tím nhạt: cụm từ đặc trưng của bài so với tin tức thông thường</source>
            <translation type="vanished">Light purple background: a phrase typical of this article compared with ordinary news</translation>
        </message>
        <message>
            <source>Cụm từ nổi bật của bài (điểm %1)</source>
            <translation type="vanished">Salient phrase of the article (score %1)</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <location filename="desktop/gui/library/library_view.py" />
            <source>Lọc theo tiêu đề, nguồn, tác giả (gõ có dấu hoặc không dấu)…</source>
            <translation>Filter by title, source, author (with or without diacritics)…</translation>
        </message>
        <message>
            <location filename="desktop/gui/library/library_view.py" />
            <source>Lọc danh sách bài viết</source>
            <translation>Filter the article list</translation>
        </message>
        <message>
            <location filename="desktop/gui/library/library_view.py" />
            <source>Danh sách bài viết</source>
            <translation>Article list</translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/library/library_view.py" />
            <source>%Ln bài viết</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/library/library_view.py" />
            <source>Hiện %1/%Ln bài viết</source>
            <translation>
                <numerusform>Showing %1 of %Ln article</numerusform>
                <numerusform>Showing %1 of %Ln articles</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 bài viết</source>
            <translation type="vanished">%1 article(s)</translation>
        </message>
        <message>
            <source>%1 / %2 bài viết</source>
            <translation type="vanished">%1 / %2 articles</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Trích Dẫn</source>
            <translation>Trích Dẫn</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Thanh công cụ</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>&amp;Sửa</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>&amp;Xem</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>&amp;Công cụ</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Trợ &amp;giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>&amp;Thoát</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Phóng &amp;to chữ</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Thu &amp;nhỏ chữ</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Cỡ chữ &amp;mặc định</source>
            <translation>&amp;Default text size</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Bài viết &amp;sau</source>
            <translation>&amp;Next article</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Bài viết &amp;trước</source>
            <translation>&amp;Previous article</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>&amp;Giới thiệu Trích Dẫn</source>
            <translation>&amp;About Trích Dẫn</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Thư viện: %1 · %2</source>
            <translation>Library: %1 · %2</translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/main_window.py" />
            <source>%Ln bài viết</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/main_window.py" />
            <source>%Ln ghi chú</source>
            <translation>
                <numerusform>%Ln annotation</numerusform>
                <numerusform>%Ln annotations</numerusform>
            </translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Đã lưu</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Giới thiệu Trích Dẫn</source>
            <translation>About Trích Dẫn</translation>
        </message>
        <message>
            <location filename="desktop/gui/main_window.py" />
            <source>Trích Dẫn %1
Đọc, đánh dấu và trích dẫn bài viết tiếng Việt.
Thư viện: %2</source>
            <translation>Trích Dẫn %1
Read, annotate and quote Vietnamese articles.
Library: %2</translation>
        </message>
        <message>
            <source>Thư viện: %1 bài viết · %2 ghi chú</source>
            <translation type="vanished">Library: %1 articles · %2 annotations</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="desktop/gui/features/overview.py" />
            <source>&amp;Tổng quan…</source>
            <translation>&amp;Overview…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/overview.py" />
            <source>Biểu đồ ghi chú theo thẻ, bài viết, thời gian; cụm từ và văn bản được nhắc nhiều</source>
            <translation>Charts of annotations by tag, article and time; most frequent phrases and cited documents</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/overview.py" />
            <source>Không lọc được “Duyệt ghi chú” theo “%1”.</source>
            <translation>Could not filter the annotation browser by “%1”.</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/overview.py" />
            <source>Duyệt ghi chú: đang lọc theo “%1”.</source>
            <translation>Annotation browser: filtered by “%1”.</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Ghi chú theo thẻ</source>
            <translation>Annotations by tag</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Bài viết có nhiều ghi chú nhất</source>
            <translation>Most annotated articles</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Ghi chú theo tháng</source>
            <translation>Annotations by month</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Ghi chú theo màu</source>
            <translation>Annotations by colour</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Cụm từ khóa xuất hiện nhiều nhất</source>
            <translation>Most frequent key phrases</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Văn bản được nhắc đến nhiều nhất</source>
            <translation>Most cited documents</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Bài viết theo nguồn</source>
            <translation>Articles by source</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Chưa gắn thẻ</source>
            <translation>Untagged</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Không rõ nguồn</source>
            <translation>Unknown source</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Đang tính…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Bấm vào một cột để xem các ghi chú tương ứng trong “Duyệt ghi chú”.</source>
            <translation>Click a bar to see its annotations in the annotation browser.</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>%Ln bài viết</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>%Ln ghi chú</source>
            <translation>
                <numerusform>%Ln annotation</numerusform>
                <numerusform>%Ln annotations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>%Ln thẻ</source>
            <translation>
                <numerusform>%Ln tag</numerusform>
                <numerusform>%Ln tags</numerusform>
            </translation>
        </message>
        <message>
            <location filename="desktop/gui/overview/overview_dialog.py" />
            <source>Chưa có dữ liệu</source>
            <translation>No data yet</translation>
        </message>
        <message>
            <source>Cụm từ khoá xuất hiện nhiều nhất</source>
            <translation type="vanished">Most frequent key phrases</translation>
        </message>
        <message>
            <source>%1 bài viết · %2 ghi chú · %3 thẻ</source>
            <translation type="vanished">%1 articles · %2 annotations · %3 tags</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <location filename="desktop/gui/reader/reader_view.py" />
            <source>Nội dung bài viết</source>
            <translation>Article text</translation>
        </message>
        <message>
            <location filename="desktop/gui/reader/reader_view.py" />
            <source>Chọn một bài viết trong thư viện để đọc.</source>
            <translation>Choose an article in the library to read it.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="desktop/gui/backups/restore_dialog.py" />
            <source>Khôi phục từ bản sao lưu</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="desktop/gui/backups/restore_dialog.py" />
            <source>Các bản sao lưu</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="desktop/gui/backups/restore_dialog.py" />
            <source>Thư viện sẽ trở lại đúng như lúc sao lưu. Trạng thái hiện tại được tự động sao lưu trước, nên bạn có thể khôi phục lại nếu đổi ý.</source>
            <translation>The library returns exactly to its state at the time of the backup. The current state is backed up first, so you can go back if you change your mind.</translation>
        </message>
        <message>
            <location filename="desktop/gui/backups/restore_dialog.py" />
            <source>Khôi phục</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="desktop/gui/backups/restore_dialog.py" />
            <source>Chưa có bản sao lưu nào.</source>
            <translation>There are no backups yet.</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="desktop/gui/search/find_bar.py" />
            <source>Tìm trong bài (gõ không dấu để tìm mọi cách viết)</source>
            <translation>Find in article (type without diacritics to match every spelling)</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/find_bar.py" />
            <source>Chỗ khớp trước (Shift+F3)</source>
            <translation>Previous match (Shift+F3)</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/find_bar.py" />
            <source>Chỗ khớp sau (F3)</source>
            <translation>Next match (F3)</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/find_bar.py" />
            <source>Đóng thanh tìm (Esc)</source>
            <translation>Close the find bar (Esc)</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/find_bar.py" />
            <source>Tìm trong bài:</source>
            <translation>Find in article:</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/find_bar.py" />
            <source>Không thấy</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>Tìm kiếm</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>&amp;Tìm kiếm…</source>
            <translation>&amp;Search…</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>Tìm trong &amp;bài…</source>
            <translation>Find in &amp;article…</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>Chỗ khớp &amp;sau</source>
            <translation>&amp;Next match</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>Chỗ khớp &amp;trước</source>
            <translation>&amp;Previous match</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>Cách &amp;tìm kiếm</source>
            <translation>Search &amp;help</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>Tạo lại chỉ mục tìm kiếm</source>
            <translation>Rebuild the search index</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>Không tìm được: đã xảy ra lỗi không mong đợi.</source>
            <translation>Search failed: an unexpected error occurred.</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>Đang tìm…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>Đang tạo lại chỉ mục tìm kiếm…</source>
            <translation>Rebuilding the search index…</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>Đang cập nhật chỉ mục tìm kiếm: %1/%2 mục…</source>
            <translation>Updating the search index: %1/%2 items…</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_controller.py" />
            <source>Chưa cập nhật được chỉ mục tìm kiếm.</source>
            <translation>The search index could not be updated.</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>bài có đủ mọi từ, ở đâu cũng được</source>
            <translation>articles with every word, anywhere</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>gõ không dấu: tìm mọi cách viết (đạo đức, dạo dục…)</source>
            <translation>typed without diacritics: matches every spelling (đạo đức, dạo dục…)</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>gõ có dấu: chỉ đúng từ đó; “hoà” và “hòa” là một</source>
            <translation>typed with diacritics: that word only; “hoà” and “hòa” are the same</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>cụm từ liền nhau, đúng thứ tự</source>
            <translation>words next to each other, in this order</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>loại bài có từ hoặc cụm từ này</source>
            <translation>leave out articles with this word or phrase</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>từ bắt đầu bằng “kinh”: kinh tế, kinh doanh…</source>
            <translation>words starting with “kinh”: kinh tế, kinh doanh…</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>ghi chú có thẻ này (và bài chứa chúng); thẻ cha gồm cả thẻ con</source>
            <translation>annotations with this tag (and their articles); a parent tag includes its children</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>bài từ nguồn này (cũng viết source:)</source>
            <translation>articles from this source (source: works too)</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>bài đăng trong năm, tháng, ngày đó</source>
            <translation>articles published in that year, month or day</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>trong một khoảng; bỏ trống một đầu là không giới hạn</source>
            <translation>within a range; leave one end empty for no limit</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>Cách tìm kiếm</source>
            <translation>How to search</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_help.py" />
            <source>Tìm trong tiêu đề, nội dung, đoạn trích, ghi chú và tên thẻ. Ctrl+F: ô tìm kiếm; F3 / Shift+F3: chỗ khớp sau / trước trong bài.</source>
            <translation>Searches titles, text, excerpts, notes and tag names. Ctrl+F: the search box; F3 / Shift+F3: next / previous match in the article.</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_panel.py" />
            <source>Tìm: dao duc, "cụm từ", -loại, tag:…, nguồn:…, ngày:…</source>
            <translation>Search: dao duc, "phrase", -exclude, tag:…, source:…, date:…</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_panel.py" />
            <source>Ô tìm kiếm</source>
            <translation>Search box</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_panel.py" />
            <source>Cách viết câu tìm kiếm</source>
            <translation>How to write a search</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_panel.py" />
            <source>Không tìm thấy kết quả nào.</source>
            <translation>No results found.</translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_panel.py" />
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/search/search_panel.py" />
            <source>%Ln bài viết</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/search/search_panel.py" />
            <source>%Ln ghi chú</source>
            <translation>
                <numerusform>%Ln annotation</numerusform>
                <numerusform>%Ln annotations</numerusform>
            </translation>
        </message>
        <message>
            <location filename="desktop/gui/search/search_panel.py" />
            <source>Gõ thêm chữ hoặc nhấn Enter để tìm.</source>
            <translation>Type more or press Enter to search.</translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/search/search_result_model.py" />
            <source>Bài viết — %Ln kết quả</source>
            <translation>
                <numerusform>Articles — %Ln result</numerusform>
                <numerusform>Articles — %Ln results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="desktop/gui/search/search_result_model.py" />
            <source>Ghi chú — %Ln kết quả</source>
            <translation>
                <numerusform>Annotations — %Ln result</numerusform>
                <numerusform>Annotations — %Ln results</numerusform>
            </translation>
        </message>
        <message>
            <source>Lập lại chỉ mục tìm kiếm</source>
            <translation type="vanished">Rebuild the search index</translation>
        </message>
        <message>
            <source>Đang lập lại chỉ mục tìm kiếm…</source>
            <translation type="vanished">Rebuilding the search index…</translation>
        </message>
        <message>
            <source>%1 bài viết, %2 ghi chú.</source>
            <translation type="vanished">%1 article(s), %2 annotation(s).</translation>
        </message>
        <message>
            <source>Bài viết — %1 kết quả</source>
            <translation type="vanished">Articles — %1 result(s)</translation>
        </message>
        <message>
            <source>Ghi chú — %1 kết quả</source>
            <translation type="vanished">Annotations — %1 result(s)</translation>
        </message>
        <message>
            <source>Đang</source>
            <translation type="vanished">Now</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="desktop/gui/features/settings.py" />
            <source>&amp;Cài đặt…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/settings.py" />
            <source>&amp;Ngôn ngữ / Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/settings.py" />
            <source>Đã lưu cài đặt.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/settings.py" />
            <source>Khởi động lại để áp dụng</source>
            <translation>Restart to apply</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/settings.py" />
            <source>Ngôn ngữ và thư mục thư viện mới có hiệu lực sau khi khởi động lại Trích Dẫn.</source>
            <translation>A new language or library folder takes effect after Trích Dẫn restarts.</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/settings.py" />
            <source>Khởi động lại ngay</source>
            <translation>Restart now</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/settings.py" />
            <source>Để sau</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Theo hệ thống</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Sáng</source>
            <translation>Light</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Tối</source>
            <translation>Dark</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>&amp;Chung</source>
            <translation>&amp;General</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>&amp;Trình đọc</source>
            <translation>&amp;Reader</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>&amp;Màu tô sáng</source>
            <translation>&amp;Highlight colours</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Th&amp;ư viện</source>
            <translation>&amp;Library</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Ngôn ngữ giao diện</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>&amp;Ngôn ngữ:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Đổi ngôn ngữ cần khởi động lại ứng dụng.</source>
            <translation>Changing the language needs a restart of the app.</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Giao diện sáng hoặc tối</source>
            <translation>Light or dark appearance</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>&amp;Giao diện:</source>
            <translation>&amp;Appearance:</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>ví dụ Nguyễn Thị Lan</source>
            <translation>e.g. Nguyen Thi Lan</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Tên người dùng, ghi là tác giả khi xuất tài liệu</source>
            <translation>Your name, written as the author of exported documents</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>&amp;Tên của bạn:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Dùng phông mặc định: %1 (có đủ dấu tiếng Việt)</source>
            <translation>Use the default font: %1 (full Vietnamese diacritics)</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Dùng phông mặc định (có đủ dấu tiếng Việt)</source>
            <translation>Use the default font (full Vietnamese diacritics)</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Phông chữ của trình đọc</source>
            <translation>Reader font</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>&amp;Phông chữ:</source>
            <translation>&amp;Font:</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Cỡ chữ của trình đọc</source>
            <translation>Reader text size</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>&amp;Cỡ chữ:</source>
            <translation>Text &amp;size:</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Mỗi màu tô sáng mang một ý nghĩa do bạn đặt; ý nghĩa hiện trong chú giải và khi xuất Word.</source>
            <translation>Each highlight colour carries a meaning you choose; it appears in the legend and in Word exports.</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Ý nghĩa của màu %1</source>
            <translation>Meaning of colour %1</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>(thư mục mặc định)</source>
            <translation>(default folder)</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Thư mục thư viện</source>
            <translation>Library folder</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>C&amp;họn…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>&amp;Mặc định</source>
            <translation>&amp;Default</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Thư mục &amp;thư viện:</source>
            <translation>Library &amp;folder:</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Thư mục mặc định: %1</source>
            <translation>Default folder: %1</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Đang mở: %1</source>
            <translation>Open now: %1</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Số bản sao lưu giữ lại</source>
            <translation>Number of backups to keep</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>&amp;Giữ lại số bản sao lưu:</source>
            <translation>&amp;Backups to keep:</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Thư viện được sao lưu tự động sau khi có thay đổi (tối đa mỗi giờ một lần).</source>
            <translation>The library is backed up automatically after changes (at most once an hour).</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Chọn thư mục thư viện</source>
            <translation>Choose the library folder</translation>
        </message>
        <message>
            <location filename="desktop/gui/settings/settings_dialog.py" />
            <source>Hãy đặt ý nghĩa cho mọi màu tô sáng (không để trống).</source>
            <translation>Give every highlight colour a meaning (none may be empty).</translation>
        </message>
        <message>
            <source>Huỷ</source>
            <translation type="vanished">Cancel</translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <location filename="desktop/gui/application.py" />
            <source>Thư viện đang mở</source>
            <translation>Library in use</translation>
        </message>
        <message>
            <location filename="desktop/gui/application.py" />
            <source>Mở chỉ để đọc</source>
            <translation>Open read-only</translation>
        </message>
        <message>
            <location filename="desktop/gui/application.py" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="desktop/gui/application.py" />
            <source>Thư viện đã được khôi phục</source>
            <translation>The library was recovered</translation>
        </message>
        <message>
            <location filename="desktop/gui/application.py" />
            <source>Thư viện chỉ đọc</source>
            <translation>Read-only library</translation>
        </message>
        <message>
            <location filename="desktop/gui/application.py" />
            <source>Không mở được thư viện</source>
            <translation>Could not open the library</translation>
        </message>
        <message>
            <location filename="desktop/gui/application.py" />
            <source> (chỉ đọc)</source>
            <translation> (read-only)</translation>
        </message>
    </context>
    <context>
        <name>UrlImport</name>
        <message>
            <location filename="desktop/gui/features/url_import.py" />
            <source>Nhập từ địa chỉ &amp;web…</source>
            <translation>Import from &amp;web address…</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/url_import.py" />
            <source>Nhập một bài báo hoặc văn bản từ địa chỉ trang web (http:// hoặc https://)</source>
            <translation>Import a news article or a document from a web page address (http:// or https://)</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/url_import.py" />
            <source>Đã thêm bài “%1”.</source>
            <translation>Added article “%1”.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>Nhập từ địa chỉ web</source>
            <translation>Import from web address</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>vd. https://baochinhphu.vn/…</source>
            <translation>e.g. https://baochinhphu.vn/…</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>Dán địa chỉ của một bài báo hoặc một văn bản trên cổng thông tin. Chỉ phần bài viết được giữ lại (bỏ menu, quảng cáo, tin liên quan); địa chỉ được lưu làm nguồn của bài.</source>
            <translation>Paste the address of a news article or of a document on a portal. Only the article is kept (menus, ads and related stories are left out); the address is saved as the article's source.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>&amp;Nhập</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>Địa &amp;chỉ:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>Đang tải và đọc trang…</source>
            <translation>Downloading and reading the page…</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>&amp;Dừng</source>
            <translation>&amp;Stop</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>Đang dừng…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>Đã dừng: thư viện không thay đổi.</source>
            <translation>Stopped: the library is unchanged.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>Bài này đã có trong thư viện: “%1”.</source>
            <translation>This article is already in the library: “%1”.</translation>
        </message>
        <message>
            <location filename="desktop/gui/importing/url_import_dialog.py" />
            <source>Không nhập được trang: %1</source>
            <translation>Could not import the page: %1</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="desktop/gui/features/welcome.py" />
            <source>Bắt đầu</source>
            <translation>Getting started</translation>
        </message>
        <message>
            <location filename="desktop/gui/features/welcome.py" />
            <source>&amp;Hướng dẫn bắt đầu</source>
            <translation>&amp;Getting started guide</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Đọc</source>
            <translation>Read</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Thư viện đã có sẵn năm bài viết mẫu. Chọn một bài trong danh sách bên trái để đọc; Ctrl + và Ctrl − đổi cỡ chữ.</source>
            <translation>The library already holds five sample articles. Choose one in the list on the left to read it; Ctrl + and Ctrl − change the text size.</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Tô sáng</source>
            <translation>Highlight</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Bôi đen một đoạn trong bài rồi bấm &lt;b&gt;Sửa › Tô sáng và ghi chú&lt;/b&gt; (Ctrl+D), có cả trên thanh công cụ và khi nhấp chuột phải. Mỗi màu có một ý nghĩa, đổi được trong &lt;b&gt;Công cụ › Cài đặt&lt;/b&gt;.</source>
            <translation>Select a passage in the article, then choose &lt;b&gt;Edit › Highlight and annotate&lt;/b&gt; (Ctrl+D), also on the toolbar and on right-click. Each colour has a meaning, which you can change in &lt;b&gt;Tools › Settings&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Gắn thẻ và ghi chú</source>
            <translation>Tag and annotate</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Trong hộp tô sáng, gõ tên thẻ rồi nhấn Enter; “cha/con” tạo thẻ con. Ghi chú giúp nhớ vì sao đoạn này quan trọng.</source>
            <translation>In the highlight box, type a tag name and press Enter; “parent/child” makes a child tag. A note reminds you why the passage matters.</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Tìm lại</source>
            <translation>Find it again</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>&lt;b&gt;Xem › Duyệt ghi chú&lt;/b&gt; lọc mọi đoạn đã đánh dấu theo thẻ, màu, bài viết, ngày; &lt;b&gt;Sửa › Tìm kiếm&lt;/b&gt; (Ctrl+F) tìm trong cả thư viện. &lt;b&gt;Xem › Tổng quan&lt;/b&gt; vẽ biểu đồ của cả thư viện.</source>
            <translation>&lt;b&gt;View › Annotation browser&lt;/b&gt; filters every marked passage by tag, colour, article and date; &lt;b&gt;Edit › Search&lt;/b&gt; (Ctrl+F) searches the whole library. &lt;b&gt;View › Overview&lt;/b&gt; charts the whole library.</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Xuất Word</source>
            <translation>Export to Word</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>&lt;b&gt;Tệp › Xuất&lt;/b&gt; (Ctrl+Shift+E) tạo bản tổng hợp đúng thể thức văn bản hành chính hoặc văn bản của Đảng, có trích dẫn nguồn cho từng đoạn. Ctrl+Shift+C chép đoạn đang chọn kèm trích dẫn để dán vào Word.</source>
            <translation>&lt;b&gt;File › Export&lt;/b&gt; (Ctrl+Shift+E) makes a brief in the official layout of a state or a Party document, with a citation for every passage. Ctrl+Shift+C copies the selected passage with its citation, ready to paste into Word.</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Nhập bài mới</source>
            <translation>Import new articles</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>&lt;b&gt;Tệp › Nhập tệp&lt;/b&gt; (Ctrl+O) nhận tệp Word (.docx, .doc), PDF, .rtf, .odt, .txt và trang web đã lưu; &lt;b&gt;Tệp › Nhập từ địa chỉ web&lt;/b&gt; lấy bài từ một trang báo; &lt;b&gt;Tệp › Nhập thư mục&lt;/b&gt; lấy cả thư mục; &lt;b&gt;Tệp › Bài mới từ bảng tạm&lt;/b&gt; thêm bài vừa chép (Ctrl+C) từ trình duyệt.</source>
            <translation>&lt;b&gt;File › Import files&lt;/b&gt; (Ctrl+O) takes Word (.docx, .doc), PDF, .rtf, .odt, .txt and saved web pages; &lt;b&gt;File › Import from web address&lt;/b&gt; takes an article from a news page; &lt;b&gt;File › Import folder&lt;/b&gt; takes a whole folder; &lt;b&gt;File › New article from clipboard&lt;/b&gt; adds what you just copied (Ctrl+C) in a browser.</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Chào mừng đến với Trích Dẫn</source>
            <translation>Welcome to Trích Dẫn</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Đọc, đánh dấu và trích dẫn bài viết tiếng Việt trong vài bước:</source>
            <translation>Read, annotate and quote Vietnamese articles in a few steps:</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Nhấn F1 để xem mọi phím tắt. Mọi thay đổi được lưu ngay và có thể hoàn tác (Ctrl+Z).</source>
            <translation>Press F1 to see every keyboard shortcut. Every change is saved at once and can be undone (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Hướng dẫn bắt đầu</source>
            <translation>Getting started guide</translation>
        </message>
        <message>
            <location filename="desktop/gui/welcome/welcome_panel.py" />
            <source>Đã hiểu, ẩn hướng dẫn</source>
            <translation>Got it, hide the guide</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tệp › Nhập tệp&lt;/b&gt; (Ctrl+O) nhận tệp Word (.docx, .doc), PDF, .rtf, .odt, .txt và trang web đã lưu; &lt;b&gt;Tệp › Nhập từ địa chỉ web…&lt;/b&gt; lấy bài từ một trang báo; &lt;b&gt;Tệp › Nhập thư mục&lt;/b&gt; lấy cả thư mục; &lt;b&gt;Tệp › Bài mới từ bảng tạm&lt;/b&gt; thêm bài vừa chép (Ctrl+C) từ trình duyệt.</source>
            <translation type="vanished">&lt;b&gt;File › Import files&lt;/b&gt; (Ctrl+O) takes Word (.docx, .doc), PDF, .rtf, .odt, .txt and saved web pages; &lt;b&gt;File › Import from web address…&lt;/b&gt; takes an article from a news page; &lt;b&gt;File › Import folder&lt;/b&gt; takes a whole folder; &lt;b&gt;File › New article from clipboard&lt;/b&gt; adds what you just copied (Ctrl+C) in a browser.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tệp › Xuất&lt;/b&gt; (Ctrl+Shift+E) tạo bản tổng hợp đúng thể thức (A4, Times New Roman), có trích dẫn nguồn cho từng đoạn.</source>
            <translation type="vanished">&lt;b&gt;File › Export&lt;/b&gt; (Ctrl+Shift+E) makes a properly formatted brief (A4, Times New Roman) with a citation for every excerpt.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tệp › Nhập tệp&lt;/b&gt; (Ctrl+O) nhận tệp .txt, .docx, .html; &lt;b&gt;Tệp › Nhập thư mục&lt;/b&gt; lấy cả thư mục; &lt;b&gt;Tệp › Bài mới từ bảng tạm&lt;/b&gt; thêm bài vừa chép (Ctrl+C) từ trình duyệt.</source>
            <translation type="vanished">&lt;b&gt;File › Import files&lt;/b&gt; (Ctrl+O) takes .txt, .docx and .html files; &lt;b&gt;File › Import folder&lt;/b&gt; takes a whole folder; &lt;b&gt;File › New article from clipboard&lt;/b&gt; adds what you just copied (Ctrl+C) in a browser.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tệp › Nhập tệp&lt;/b&gt; (Ctrl+O) nhận tệp .txt, .docx, .html; &lt;b&gt;Tệp › Nhập thư mục&lt;/b&gt; lấy cả thư mục; &lt;b&gt;Tệp › Bài mới từ clipboard&lt;/b&gt; dán văn bản chép từ trình duyệt.</source>
            <translation type="vanished">&lt;b&gt;File › Import files&lt;/b&gt; (Ctrl+O) takes .txt, .docx and .html files; &lt;b&gt;File › Import folder&lt;/b&gt; takes a whole folder; &lt;b&gt;File › New article from clipboard&lt;/b&gt; pastes text copied from a browser.</translation>
        </message>
        <message>
            <source>“Duyệt ghi chú” lọc mọi đoạn đã đánh dấu theo thẻ, màu, bài viết, ngày; &lt;b&gt;Sửa › Tìm kiếm&lt;/b&gt; (Ctrl+F) tìm trong cả thư viện. &lt;b&gt;Xem › Tổng quan&lt;/b&gt; vẽ biểu đồ của cả thư viện.</source>
            <translation type="vanished">The annotation browser filters every marked passage by tag, colour, article and date; &lt;b&gt;Edit › Search&lt;/b&gt; (Ctrl+F) searches the whole library. &lt;b&gt;View › Overview&lt;/b&gt; charts the whole library.</translation>
        </message>
        <message>
            <source>Bôi đen một đoạn trong bài rồi bấm “Tô sáng và ghi chú…” trên thanh công cụ (hoặc nhấp chuột phải). Chọn màu: mỗi màu có một ý nghĩa, đổi được trong Cài đặt.</source>
            <translation type="vanished">Select a passage in the article, then click “Highlight and annotate…” on the toolbar (or right-click). Pick a colour: each colour has a meaning you can change in Settings.</translation>
        </message>
        <message>
            <source>“Duyệt ghi chú” lọc mọi đoạn đã đánh dấu theo thẻ, màu, bài viết, ngày. Xem › Tổng quan cho biểu đồ của cả thư viện.</source>
            <translation type="vanished">The annotation browser filters every marked passage by tag, colour, article and date. View › Overview charts the whole library.</translation>
        </message>
        <message>
            <source>Tệp › Xuất… tạo bản tổng hợp đúng thể thức (A4, Times New Roman), có trích dẫn nguồn cho từng đoạn.</source>
            <translation type="vanished">File › Export… makes a properly formatted brief (A4, Times New Roman) with a citation for every excerpt.</translation>
        </message>
        <message>
            <source>Tệp › Nhập… nhận tệp .txt, .docx, .html hoặc cả thư mục; cũng có thể dán văn bản từ trình duyệt.</source>
            <translation type="vanished">File › Import… takes .txt, .docx and .html files or whole folders; you can also paste text from a browser.</translation>
        </message>
    </context>
</TS>
